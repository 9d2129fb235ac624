import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import { env } from "../env";
import type { Answer } from "../grading/answer";

/**
 * Choice ids as a student sees them: sealed per attempt, so they carry no order (stored ids are created in key order)
 * and one attempt's ids say nothing about another's. A sealed id is a synthetic IV (a keyed hash of attempt and
 * choice) followed by the choice id encrypted under it: the server opens it with no database lookup, and an id
 * forged, altered or taken from another attempt fails to open.
 */

const IV_BYTES = 16;

// Without NEXTAUTH_SECRET (tests, scripts), a per-process key: production always sets the secret, which every
// instance shares, so an id sealed by one app server opens on another.
const root = env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64");
const derive = (info: string) => Buffer.from(hkdfSync("sha256", root, "lectern", info, 32));
const macKey = derive("choice-id mac");
const encKey = derive("choice-id encryption");
const seedKey = derive("shuffle seed");

const syntheticIv = (attemptId: string, choiceId: string) =>
  createHmac("sha256", macKey).update(`${attemptId}\0${choiceId}`).digest().subarray(0, IV_BYTES);

export function sealChoiceId(attemptId: string, choiceId: string): string {
  const iv = syntheticIv(attemptId, choiceId);
  const cipher = createCipheriv("aes-256-ctr", encKey, iv);
  return Buffer.concat([iv, cipher.update(choiceId, "utf8"), cipher.final()]).toString("base64url");
}

/** The stored choice id behind a sealed one, or null when it was not sealed for this attempt. */
export function openChoiceId(attemptId: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length <= IV_BYTES || bytes.toString("base64url") !== sealed) return null;
  const iv = bytes.subarray(0, IV_BYTES);
  const decipher = createDecipheriv("aes-256-ctr", encKey, iv);
  const choiceId = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES)), decipher.final()]).toString(
    "utf8",
  );
  return timingSafeEqual(iv, syntheticIv(attemptId, choiceId)) ? choiceId : null;
}

/** A seed for this attempt's shuffles that the student cannot compute, unlike the attempt and question ids. */
export const shuffleSeed = (attemptId: string, questionId: string) =>
  createHmac("sha256", seedKey).update(`${attemptId}\0${questionId}`).digest("base64url");

type Mapper = (id: string) => string | null;

function mapChoices(answer: Answer, map: Mapper): Answer | null {
  const one = (id: string | null) => (id === null ? null : map(id));
  const many = (ids: string[]) => {
    const mapped = ids.map(map);
    return mapped.every((id): id is string => id !== null) ? mapped : null;
  };
  switch (answer.type) {
    case "single_choice":
    case "true_false":
    case "evidence": {
      const choiceId = one(answer.choiceId);
      return answer.choiceId !== null && choiceId === null ? null : { ...answer, choiceId };
    }
    case "multiple_select":
    case "ordering": {
      const choiceIds = many(answer.choiceIds);
      return choiceIds && { ...answer, choiceIds };
    }
    case "short_answer":
    case "open_response":
      return answer;
  }
}

/** A stored answer as its student sees it. */
export const sealAnswer = (attemptId: string, answer: Answer): Answer =>
  mapChoices(answer, (id) => sealChoiceId(attemptId, id))!;

/** A student's answer with stored ids, or null when any id in it was not sealed for this attempt. */
export const openAnswer = (attemptId: string, answer: Answer): Answer | null =>
  mapChoices(answer, (id) => openChoiceId(attemptId, id));
