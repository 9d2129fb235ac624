import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { AppError } from "../errors";
import { readDeviceCookie, rememberThisDevice } from "./device-cookie-jar";
import { authenticate } from "./sign-in";
import { endAllSessions, viewerFromToken } from "./session";
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
  }
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; sv?: number; role?: Viewer["role"] };
        token.uid = u.id;
        token.sv = u.sv ?? 0;
        token.role = u.role;
      }
      return token;
    },
    async session({ session, token }) {
      session.viewer = await viewerFromToken(token);
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const viewer = token && (await viewerFromToken(token));
      if (viewer) await endAllSessions(viewer.id);
    },
  },
};
