import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: an administrator reads it out or writes it down, and the teacher types it.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A password an administrator hands to a teacher who lost theirs: 16 characters from 31 (about 79 bits) from
 * the system's CSPRNG, in groups of four to read out. It is stored only as its argon2 hash.
 */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
