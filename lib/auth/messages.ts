/** One message for every failed sign-in: it must not tell whether the account exists. */
export const WRONG_CREDENTIALS =
  "That username or email and password do not match. Check them and try again.";
