/**
 * Where question `n` (from 1) of an answer key sits, and where its citation is marked in the passage. Apart from
 * answer-key-list.tsx so the report's client-side item analysis links to a question without bundling the key's
 * components (and the zod schemas they import).
 */
export const keyQuestionId = (n: number) => `key-question-${n}`;
export const keyCitationId = (n: number) => `key-citation-${n}`;
