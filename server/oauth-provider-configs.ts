import "server-only";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import type { OAuthProviderInfo } from "./oauth-providers";

type GithubEmail = { email?: unknown; primary?: unknown; verified?: unknown };

/**
 * GitHub's profile says nothing about whether its email is verified, and next-auth's own lookup
 * takes the first address when none is primary (and fails when there are none). We always ask
 * for the address list and keep only the primary address with GitHub's verified flag.
 */
export function primaryGithubEmail(emails: unknown): { email: string | null; verified: boolean } {
  if (!Array.isArray(emails)) return { email: null, verified: false };
  const primary = (emails as GithubEmail[]).find((e) => e && e.primary === true && typeof e.email === "string");
  return primary ? { email: primary.email as string, verified: primary.verified === true } : { email: null, verified: false };
}

function github(info: OAuthProviderInfo): Provider {
  const apiBase = info.baseUrl ? `${info.baseUrl}/api/v3` : "https://api.github.com";
  return GitHub({
    clientId: info.clientId,
    clientSecret: info.clientSecret,
    ...(info.baseUrl ? { enterprise: { baseUrl: info.baseUrl } } : {}),
    checks: ["pkce", "state"],
    userinfo: {
      url: `${apiBase}/user`,
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "rungs", Accept: "application/vnd.github+json" };
        const profileResponse = await fetch(`${apiBase}/user`, { headers });
        if (!profileResponse.ok) throw new Error(`GitHub /user answered ${profileResponse.status}`);
        const profile = (await profileResponse.json()) as Record<string, unknown>;
        const emailsResponse = await fetch(`${apiBase}/user/emails`, { headers });
        const chosen = emailsResponse.ok ? primaryGithubEmail(await emailsResponse.json()) : { email: null, verified: false };
        return { ...profile, email: chosen.email, email_verified: chosen.verified };
      },
    },
  });
}

function oidc(info: OAuthProviderInfo): Provider {
  return {
    id: "oidc",
    name: info.name,
    type: "oidc",
    issuer: info.issuer,
    clientId: info.clientId,
    clientSecret: info.clientSecret,
    checks: ["pkce", "state", "nonce"],
  };
}

/** next-auth providers for what the environment configures. */
export function oauthProviderConfigs(providers: OAuthProviderInfo[]): Provider[] {
  return providers.map((p) => (p.id === "github" ? github(p) : oidc(p)));
}
