/**
 * Lines of a web page that belong to the page, not to the article a student reads: what Readability leaves in
 * (it keeps short paragraphs near the story). Each rule is checked by a fixture in tests/fixtures/articles.
 */

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b`,
  "i",
);

const FURNITURE: RegExp[] = [
  // Reading time: "5 min read", "Reading time: 7 minutes".
  /^(?:reading time:?\s*)?\d+\s*(?:min(?:ute)?s?)(?:\s+read)?$/i,
  // Share and follow lines.
  /^(?:share|tweet|email|print)(?:\s+(?:this|on|via|the|article|story|page|to)\b.*)?:?$/i,
  /^share this\b/i,
  /^follow (?:us|@)/i,
  // Related links and "read more" teasers.
  /^(?:related(?:\s*:|\s+(?:stories|articles|coverage|content|links|reading)\b)|read more\b|see also\b|also read\b)/i,
  /^(?:more (?:from|local|stories|news)\b|recommended (?:for you|stories|reading)\b|further reading\b)/i,
  // Corrections and editor's notes: Article has no field for them, so they are dropped, not quoted.
  // A dated label too: "Update, 26 November: an earlier version of this post gave…".
  /^(?:correction|clarification|editor['’]s note|update)(?:,? [^:]{1,30})?\s*:/i,
  // "This article was updated on 15 November to correct…": the same note without a label.
  /^(?:this|an earlier version of this) (?:article|story|report|piece|post|page) (?:was|has been) (?:updated|corrected|amended|changed|edited)\b/i,
  /^an earlier version of this (?:article|story|report|piece|post|page) (?:gave|said|stated|misstated|reported|named|misnamed|described|referred)\b/i,
  // Captions and credits of pictures.
  /^(?:image|photo(?:graph)?|picture|credit|illustration|video)\s*:/i,
  /^(?:previous|next) (?:post|article|story)\b/i,
  /^advertisement$/i,
  // A transcript's stage directions and a press release's end and contact lines: "[Applause]", "###", "-30-",
  // "Media contact: …".
  /^[[(](?:applause|laughter|cheers|cheering|inaudible|crosstalk|pause|music|silence)\b[^\])]{0,30}[\])]$/i,
  /^(?:#{3}|-30-|ends?)$/i,
  /^(?:media|press) (?:contacts?|enquiries|inquiries)\b/i,
  // A transcript's headnote, which names the occasion without a full stop: "Remarks by Mayor Dolores Achterberg to
  // the Chamber of Commerce, Grange Hall, 14 March".
  /^(?:remarks|speech|address|statement|testimony|lecture) (?:by|of|from|delivered by)\b[^.!?]*$/i,
];

/** Lines that are furniture only when short: "Posted on …", "Tagged …". */
const SHORT_FURNITURE = /^(?:posted|published|updated|last updated|tagged|tags|filed under)\b/i;

/** What is left of a line once its dates, times and date words are taken out. */
const DATELINE_WORDS =
  /\b(?:updated|published|posted|last|on|at|[ap]\.?m\.?|edt|est|cet|gmt|utc|bst|pst|pdt|today|yesterday)\b|\d{1,2}[:.]\d{2}/gi;

const TRAILING_CREDIT =
  /(?:^|[.!?]["”’)]?\s+)(?:photograph|photo|picture|image|illustration|credit)s?\s*:\s*[^.!?:]{1,80}\.?$/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a paragraph or heading is page furniture rather than the article's text. */
export function isFurniture(text: string): boolean {
  const line = text.trim();
  const n = words(line);
  if (n <= 30 && FURNITURE.some((r) => r.test(line))) return true;
  if (n <= 10 && SHORT_FURNITURE.test(line)) return true;
  // "Jo Park · 3 min read", "By Jo Park · Saturday 14 November 2026 · 4 min read": a reading time makes the line a
  // page's, whatever else it holds (its separators are no words).
  if (words(line.replace(/\s[·|•—–-]\s/g, " ")) <= 12 && /\b\d+\s*min(?:ute)?s?\s+read\b/i.test(line))
    return true;
  // A newsletter pitch: short and about a newsletter ("Sign up for our morning newsletter").
  if (n <= 25 && /\bnewsletters?\b/i.test(line) && /\b(?:sign|subscribe|inbox|get|join)\b/i.test(line))
    return true;
  // A caption ending in its credit ("Halloran on the quay in 1991. Photograph: Carrick Herald archive"): the picture
  // is dropped in every format, so its words would stand alone.
  if (n <= 50 && TRAILING_CREDIT.test(line)) return true;
  // A dateline on its own ("May 3, 2026 · Updated 4:12 p.m."): nothing but dates, times and date words.
  if (n <= 12 && DATE.test(line)) {
    const rest = line.replace(new RegExp(DATE.source, "gi"), " ").replace(DATELINE_WORDS, " ");
    return words(rest.replace(/[^\p{L}\p{N}\s]/gu, " ")) === 0;
  }
  return false;
}

/**
 * Sentences a page or an editor adds inside a paragraph of the story: a note on how an interview was edited ("The
 * conversation has been edited for length."), a sign-up pitch ("Get the Courier's morning briefing in your inbox.
 * Sign up here."). Each is a whole sentence of its own, so it can go without touching the story's sentences.
 */
const PAGE_SENTENCE: RegExp[] = [
  /\b(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity|space)\b/i,
  /^(?:sign up|subscribe|register)(?: (?:here|now|today|for free|below))?[.!]?$/i,
  /^(?:get|sign up for|subscribe to|receive|have)\b.{0,80}\b(?:in|to|straight to) your (?:inbox|email|e-mail)\b/i,
  /^(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|briefings?|digests?|updates|alerts|emails?)\b/i,
  // A letters page's footer: where to write, what a letter must hold, that it may be cut; any email address.
  /^(?:write|send|e-?mail)\b.{0,120}(?:@|\bletters?\b)/i,
  /^(?:letters|submissions|contributions)\b.{0,40}\b(?:may|will|should|must)\b.{0,60}\b(?:edit|shorten|include|exceed|words)/i,
  /^please include your (?:full )?(?:name|address)\b/i,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/,
  // A transcript's release line: "Transcript released by the Office of the Mayor. Check against delivery."
  /^(?:the )?(?:transcript|text|remarks) (?:was |were )?(?:released|issued|provided|distributed) by\b/i,
  /^check against delivery\.?$/i,
];

const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/;

/**
 * A call for readers to write in ("Do you have memories of Ines Halloran?", "Share your story"): furniture only
 * beside the address it sends them to, so an interviewer's own "Do you have…?" stays.
 */
const READER_CALL =
  /^(?:(?:do|did|have|were|are|was|can) you\b[^.!?]*\?|(?:share|tell us|let us know|send us|get in touch|we(?:['’]d| would) (?:like|love) to hear)\b.{0,100})$/i;

/** The paragraph without its page sentences ("" when nothing else is left). */
export function withoutPageSentences(paragraph: string): string {
  const sentences = paragraph.split(SENTENCE_BREAK);
  const kept = sentences.filter((s) => words(s) > 25 || !PAGE_SENTENCE.some((r) => r.test(s.trim())));
  if (kept.length === sentences.length) return paragraph;
  return kept.every((s) => READER_CALL.test(s.trim())) ? "" : kept.join(" ").trim();
}

/** "PORT ALDER — The ferry…": the place of a dateline before the story's first sentence. */
const PLACE_DASH = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?\s*[—–]\s*/;
const PLACE_PAREN = /^[A-Z][A-Z.'’ -]{2,40}\s+\([A-Za-z ]+\)\s*[—–-]{1,2}\s*/;

export function withoutDateline(paragraph: string): string {
  const m = PLACE_DASH.exec(paragraph) ?? PLACE_PAREN.exec(paragraph);
  // The story's sentence follows, capitalised; "NASA — the agency — said" is a sentence, not a dateline.
  return m && /^["“‘]?[A-Z][a-z]/.test(paragraph.slice(m[0].length))
    ? paragraph.slice(m[0].length)
    : paragraph;
}
