import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { UNKNOWN_ADDRESS } from "../http/client-address";
import { consumeOrRefuse, postgresLimiter } from "../rate-limit/postgres-limiter";

/**
 * Who is trying a join code: the client address, and the browser session (anonymous join) or the signed-in
 * student. Calls made outside a request (scripts, tests) share the unknown address's bucket.
 */
export type JoinClient = { address: string; session: string | null };
export const NO_REQUEST: JoinClient = { address: UNKNOWN_ADDRESS, session: null };

export const JOIN_WINDOW_SECONDS = 10 * 60;
/** Wrong codes one browser session or student may try per window. */
export const MAX_WRONG_CODES_PER_SESSION = 10;
/** Wrong codes per address and window: a class behind one school address, each with a typo or two, stays under it. */
export const MAX_WRONG_CODES_PER_ADDRESS = 60;

const perSession = postgresLimiter({
  keyPrefix: "join-session",
  points: MAX_WRONG_CODES_PER_SESSION,
  durationSeconds: JOIN_WINDOW_SECONDS,
});
const perAddress = postgresLimiter({
  keyPrefix: "join-address",
  points: MAX_WRONG_CODES_PER_ADDRESS,
  durationSeconds: JOIN_WINDOW_SECONDS,
});

const TOO_MANY = "Too many wrong class codes.";

const wrongCode = () =>
  new AppError("invalid", "No open class has that code. Check it with your teacher.", {
    joinCode: ["No open class has that code"],
  });

/**
 * Counts a guess at a join code and returns the open class it names: a write (to the rate limits), so it is named
 * for the guess rather than as a lookup, and only mutations call it. Each attempt takes a point from its session
 * and its address in one statement each before the code is looked up, so guesses sent at once cannot outrun the
 * count; a right code gives both points back at once, so only wrong codes stay counted and a class joining is never
 * held back by its own joins. Over either limit, refuses with the wait, whatever the code.
 */
export async function guessJoinCode(joinCode: string, client: JoinClient) {
  const { session, address } = client;
  if (session !== null) await consumeOrRefuse(perSession(), session, TOO_MANY);
  const refundSession = async () => {
    if (session !== null) await perSession().reward(session);
  };
  try {
    await consumeOrRefuse(perAddress(), address, TOO_MANY);
  } catch (e) {
    await refundSession();
    throw e;
  }
  const refund = () => Promise.all([refundSession(), perAddress().reward(address)]);
  const cls = await db.class
    .findFirst({ where: { joinCode, archivedAt: null }, select: { id: true, name: true } })
    .catch(async (e: unknown) => {
      // The database failing to answer is not a wrong guess.
      await refund().catch(() => {});
      throw e;
    });
  if (!cls) throw wrongCode();
  await refund();
  return cls;
}
