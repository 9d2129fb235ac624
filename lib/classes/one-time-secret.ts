import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: a student copies it from a printed card.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** `groups` groups of four characters from 31 (about 19.8 bits a group), from the system's CSPRNG. */
export function oneTimeSecret(groups: number): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}

/**
 * A bulk-added student's first password (about 59 bits), printed on their login card. It works until they choose
 * their own at their first sign-in, and is stored only as its argon2 hash.
 */
export const oneTimePassword = () => oneTimeSecret(3);

/** A password reset code (about 40 bits): valid 15 minutes and once, and sign-ins are rate limited per account. */
export const resetCode = () => oneTimeSecret(2);
