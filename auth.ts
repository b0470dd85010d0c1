import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { getUserByEmail } from "./db/queries/users";
import { logInSchema } from "./lib/auth-schemas";
import { verifyPassword } from "./server/password";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
