import type { NextAuthConfig } from "next-auth";

/** The part of the auth set-up with no Node-only imports. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sv = token.sv ?? 0;
      session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
