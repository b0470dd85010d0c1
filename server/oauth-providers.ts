import type { AuthProvider } from "@/db/queries/auth-accounts";
import type { PublicProvider } from "@/lib/sign-in-methods";

/** A sign-in provider the environment configures: what the pages show and the identity's issuer. */
export type OAuthProviderInfo = {
  id: AuthProvider;
  name: string;
  /** Stored with every identity: the same account id under another issuer is another identity. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** GitHub only: the base of a GitHub Enterprise server (or the loopback fake); unset means github.com. */
  baseUrl?: string;
};

type Env = Record<string, string | undefined>;

const GITHUB_COM = "https://github.com";

function set(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The providers configured in `env`, GitHub first; a provider shows on the pages only when listed here. */
export function configuredOAuthProviders(env: Env = process.env): OAuthProviderInfo[] {
  const providers: OAuthProviderInfo[] = [];
  const githubId = set(env.AUTH_GITHUB_ID);
  const githubSecret = set(env.AUTH_GITHUB_SECRET);
  if (githubId && githubSecret) {
    const baseUrl = set(env.AUTH_GITHUB_BASE_URL)?.replace(/\/+$/, "");
    providers.push({ id: "github", name: "GitHub", issuer: baseUrl ?? GITHUB_COM, clientId: githubId, clientSecret: githubSecret, baseUrl });
  }
  const issuer = set(env.AUTH_OIDC_ISSUER);
  const oidcId = set(env.AUTH_OIDC_ID);
  const oidcSecret = set(env.AUTH_OIDC_SECRET);
  if (issuer && oidcId && oidcSecret) {
    providers.push({ id: "oidc", name: set(env.AUTH_OIDC_NAME) ?? "OpenID Connect", issuer, clientId: oidcId, clientSecret: oidcSecret });
  }
  return providers;
}

export function oauthProvider(id: string, env: Env = process.env): OAuthProviderInfo | undefined {
  return configuredOAuthProviders(env).find((p) => p.id === id);
}

export function publicProviders(env: Env = process.env): PublicProvider[] {
  return configuredOAuthProviders(env).map(({ id, name }) => ({ id, name }));
}

/** The display name for a provider id, configured or not (an identity can outlive its configuration). */
export function providerName(id: AuthProvider, env: Env = process.env): string {
  return oauthProvider(id, env)?.name ?? (id === "github" ? "GitHub" : set(env.AUTH_OIDC_NAME) ?? "OpenID Connect");
}

/**
 * The origins "Continue with …" sends the browser to (GitHub's or the enterprise server's, the
 * OpenID issuer's), for the pages' CSP form-action: without JavaScript the button's form is
 * answered with a redirect there. An issuer whose authorization endpoint lives on another origin
 * still works with JavaScript, which follows the redirect itself.
 */
export function providerFormOrigins(env: Env = process.env): string[] {
  const origins = new Set<string>();
  for (const provider of configuredOAuthProviders(env)) {
    try {
      origins.add(new URL(provider.baseUrl ?? provider.issuer).origin);
    } catch {
      // A malformed issuer is refused where the provider is used; it opens nothing here.
    }
  }
  return [...origins];
}
