import NextAuth, { type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig, SESSION_MAX_AGE_S } from "./auth.config";
import { createSession, deleteSession } from "./db/queries/sessions";
import { getUserByEmail } from "./db/queries/users";
import { logInSchema } from "./lib/auth-schemas";
import { oauthProblemPath } from "./lib/oauth-linking";
import { takeConnectIntent } from "./server/connect-intent";
import { oauthProviderConfigs } from "./server/oauth-provider-configs";
import { configuredOAuthProviders } from "./server/oauth-providers";
import { resolveOAuthSignIn } from "./server/oauth-sign-in";
import { verifyPassword } from "./server/password";
import { readSessionClaims } from "./server/session-token";

const oauthProviders = configuredOAuthProviders();
// Provider users whose signIn callback resolved them to one of our users (the object next-auth
// hands on to the jwt callback); anything else from a provider never gets a session.
const resolved = new WeakSet<User>();

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /**
     * OAuth and OpenID Connect: never next-auth's own linking (it trusts its cookie, not our
     * sessions table). Our rules decide who this is; the provider's user becomes ours.
     */
    async signIn({ user, account, profile }) {
      if (!account || (account.type !== "oauth" && account.type !== "oidc")) return true;
      const info = oauthProviders.find((p) => p.id === account.provider);
      if (!info) return false;
      const connect = await takeConnectIntent(info.id);
      const outcome = await resolveOAuthSignIn(
        {
          provider: info.id,
          issuer: info.issuer,
          providerAccountId: account.providerAccountId,
          email: profile?.email,
          emailVerified: profile?.email_verified,
          name: user.name,
        },
        connect,
      );
      if (!outcome.ok) return oauthProblemPath(outcome.problem, info.id, connect !== null);
      Object.assign(user, { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, image: null, sessionVersion: outcome.user.sessionVersion });
      resolved.add(user);
      return true;
    },
    // Each sign-in gets a server-side session row: log out deletes it, so a copied cookie dies too.
    async jwt({ token, user, account }) {
      if (user?.id) {
        const viaProvider = account?.type === "oauth" || account?.type === "oidc";
        if (viaProvider && !resolved.has(user)) throw new Error("A provider sign-in reached the jwt callback unresolved");
        // The session this browser had (a Connect, or signing in over another account) ends here.
        const previous = viaProvider ? await readSessionClaims() : null;
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = await createSession(user.id, new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
        if (previous) await deleteSession(previous.sessionId);
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
    ...oauthProviderConfigs(oauthProviders),
  ],
});
