import { randomInt } from "node:crypto";

// No 0/O or 1/I/L: codes are read aloud and copied from a board.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
