import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig, SESSION_MAX_AGE_S } from "./auth.config";
import { createSession, deleteSession } from "./db/queries/sessions";
import { getUserByEmail } from "./db/queries/users";
import { logInSchema } from "./lib/auth-schemas";
import { verifyPassword } from "./server/password";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    // Each sign-in gets a server-side session row: log out deletes it, so a copied cookie dies too.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = await createSession(user.id, new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
      }
      return token;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token?.sid) await deleteSession(message.token.sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = logInSchema.safeParse({ email: raw?.email, password: raw?.password });
        if (!parsed.success) return null;
        const user = await getUserByEmail(parsed.data.email);
        const valid = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
        if (!user || !valid) return null;
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
