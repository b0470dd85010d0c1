import type { NextAuthConfig } from "next-auth";
import { authLogger } from "./server/auth-logger";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** The part of the auth set-up with no Node-only imports; auth.ts adds the provider and the jwt callback. */
export const authConfig = {
  // Errors too (a failed provider sign-in): the log-in page says so in words, not next-auth's own page.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  providers: [],
  // Expected refusals (wrong password, bad cookie) log one line; real errors keep their stack.
  logger: authLogger,
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sv = token.sv ?? 0;
      session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
