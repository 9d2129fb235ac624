// Its own module: the quiz's ordering list shows it in the browser, which must not load the grader's word lists.
export const ORDERING_CREDIT_NOTE = "Full points only when every item is in the right place.";
