import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { AppError } from "../errors";
import { readDeviceCookie, rememberThisDevice } from "./device-cookie-jar";
import { authenticate } from "./sign-in";
import { endAllSessions, viewerFromToken } from "./session";
import { liveClaims, nowSeconds, SESSION_MAX_AGE_SECONDS } from "./session-claims";
import { isSessionEnd, renewedToken, viewerForSession } from "./session-renewal";
import type { Viewer } from "./viewer-types";

declare module "next-auth" {
  interface Session {
    viewer: Viewer | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    role?: Viewer["role"];
    /** Last use, in seconds since the epoch: the idle limits of session-claims.ts count from it. */
    seen?: number;
  }
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie lasts as long as the longest idle limit; each role's own limit is checked on its last-seen claim.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Lectern",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        try {
          const device = await readDeviceCookie();
          const user = await authenticate(credentials?.identifier ?? "", credentials?.password ?? "", device);
          if (!user) return null;
          await rememberThisDevice(device, user.id);
          return { id: user.id, name: user.displayName, role: user.role, sv: user.sessionVersion };
        } catch (e) {
          // next-auth passes a thrown message to the sign-in form; only our own messages are safe to show.
          if (e instanceof AppError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    // Runs at sign-in (with `user`) and whenever the browser asks /api/auth/session, whose answer re-issues the
    // cookie: an ended session throws SessionEnded there, so it gets `{}` and a cleared cookie, never a fresh one.
    async jwt({ token, user }) {
      if (!user) return renewedToken(token);
      const u = user as { id: string; sv?: number; role?: Viewer["role"] };
      return { ...token, uid: u.id, sv: u.sv ?? 0, role: u.role, seen: nowSeconds() };
    },
    async session({ session, token }) {
      session.viewer = await viewerForSession(token);
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const claims = liveClaims(token);
      const viewer = claims && (await viewerFromToken(claims));
      if (viewer) await endAllSessions(viewer.id);
    },
  },
  logger: {
    // An ended session is an ordinary answer of the session endpoint, not an error worth a stack trace.
    error(code, metadata) {
      if (isSessionEnd(metadata)) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
