/**
 * The reporting clauses who-holds-which-view items are read from: the verbs that report a view, the holders
 * (groups, named people with a role before them, a group's named example) and the sentence shapes that put a
 * holder before or after what they say.
 */

const VERBS =
  "add|adds|added|say|says|said|argue|argues|argued|claim|claims|claimed|warn|warns|warned|believe|believes|believed|contend|contends|contended|insist|insists|insisted|told|tell|tells|write|writes|wrote|note|notes|noted|suggest|suggests|suggested|worry|worries|worried|fear|fears|feared|maintain|maintains|maintained|counter|counters|countered|complain|complains|complained|point out|points out|pointed out|explain|explains|explained";
const GROUP =
  "(?:[Mm]any |[Ss]ome |[Mm]ost |[Oo]ther |[Tt]he )?(?:[a-z]+ )?[a-z]{4,}s|[A-Z][\\w-]*['’]s (?:[a-z]+ )?[a-z]{4,}s";
/** Someone's side of a debate: "Hale's supporters", "Ellison's critics" are a group, named as written. */
export const POSSESSIVE_SIDE = /^[A-Z][\w-]*['’]s (?:[a-z]+ )?[a-z]{4,}s$/;
export const SYNONYM_GROUPS = [
  ["critics", "opponents", "detractors", "skeptics", "sceptics"],
  ["supporters", "proponents", "advocates", "backers", "defenders"],
];

// A named holder may follow a role: "Mayor Ellen Price", "Marine biologist Ruth Gates".
const NAMED = "(?:[A-Z][a-z]+ )?(?:[a-z]+ ){0,2}[A-Z][a-z]+(?: [A-Z][a-z]+)*";
export const SUCH_AS = new RegExp(
  `^(?:Some|Many|Other|Most|Several) [a-z]+, such as (${NAMED}), (?=(?:${VERBS})\\b)`,
);
export const front = new RegExp(
  `^(?:But |And |Yet |Still, |However, )?(${GROUP}|${NAMED}) (?:also |further |again |later )?(?:${VERBS}) (?:that )?(.{20,})$`,
);
export const back = new RegExp(
  `^(.{20,}?),["”]? (?:(${GROUP}|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:${VERBS})|(?:${VERBS}) (?:[a-z]+ ){0,2}([A-Z][a-z]+(?: [A-Z][a-z]+)*))(?:,.*)?[.!?]$`,
);
export const according = /^According to ([^,]{3,40}), (.{20,})$/;
export const APPOSED = new RegExp(
  `^((?:[A-Z][\\w'’.-]*)(?: [A-Z][\\w'’.-]*){1,3})(?:, (?:\\d{1,3}|(?:who|a|an|the|which)\\b[^,"“”]{3,90})){1,2}, (?=(?:${VERBS})\\b)`,
);

/**
 * A named person inside the sentence who reports or finds ("A review by Dr. Lena Fairbrook, published in 2021,
 * found that…", "comes from Dr. Samuel Oyelaran, who studies learning and has written that…"): the name, a short
 * apposition or "who … and", the verb, then the content after "that".
 */
export const INNER = new RegExp(
  `\\b([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})(?:, who [^,"“”]{3,90}? and|, [^,"“”]{3,60},)? (?:has |have |had )?(${VERBS}|found|finds|written|argued|warned|claimed|shown|showed|shows) that (.{20,})$`,
);

/**
 * A pronoun that reports or finds after what the person did ("He has counted the ships … and finds that…"), or
 * closes a quotation ("“…,” he writes."): the person is the one the text before names (pronounHolder).
 */
export const PRONOUN_INNER = new RegExp(
  `^(He|She)(?: [^,"“”]{3,90}? and)? (?:has |had )?(${VERBS}|found|finds|shown|showed|shows) that (.{20,})$`,
);
export const PRONOUN_AFTER_QUOTE = new RegExp(`^["“](.{20,}?)[,!?]["”] (he|she) (?:${VERBS})[.!?]$`);
