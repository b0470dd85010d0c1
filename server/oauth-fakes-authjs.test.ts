import { Auth, type AuthConfig } from "@auth/core";
import GitHub from "next-auth/providers/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeIdentity } from "@/e2e/fixtures/loopback";
import { GITHUB_IDENTITY_COOKIE, startGithubFake, type GithubFake } from "@/e2e/fixtures/github-fake";
import { OIDC_IDENTITY_COOKIE, startOidcProvider, type OidcProvider } from "@/e2e/fixtures/oidc-provider";

// A whole sign-in through Auth.js itself (the @auth/core that next-auth 5 runs on), against the
// loopback providers: CSRF, the PKCE/state/nonce cookies, the redirect, the callback. Proves the
// fixtures speak what next-auth expects with the checks the app will configure.

const APP = "http://127.0.0.1:3999";
const CLIENT_ID = "rungs-e2e";
const CLIENT_SECRET = "rungs-e2e-secret";

class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = (pair ?? "").indexOf("=");
      const name = (pair ?? "").slice(0, eq);
      const value = (pair ?? "").slice(eq + 1);
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  names(): string[] {
    return [...this.cookies.keys()];
  }
}

async function signIn(config: AuthConfig, providerId: string, providerCookie: string): Promise<{ jar: Jar; callback: Response; session: unknown }> {
  const jar = new Jar();
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await Auth(new Request(`${APP}/api/auth${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie: jar.header() } }), config);
    jar.take(res);
    return res;
  };
  const { csrfToken } = (await (await call("/csrf")).json()) as { csrfToken: string };
  const start = await call(`/signin/${providerId}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${APP}/dashboard` }),
  });
  expect(start.status).toBe(302);
  // The browser goes to the provider, which sends it back with a code.
  const atProvider = await fetch(start.headers.get("location") ?? "", { redirect: "manual", headers: { cookie: providerCookie } });
  expect(atProvider.status).toBe(302);
  const back = new URL(atProvider.headers.get("location") ?? "");
  expect(back.origin).toBe(APP);
  const callback = await call(`${back.pathname.replace(/^\/api\/auth/, "")}${back.search}`);
  const session = await (await call("/session")).json();
  return { jar, callback, session };
}

let github: GithubFake;
let oidc: OidcProvider;
let config: AuthConfig;
beforeAll(async () => {
  [github, oidc] = await Promise.all([startGithubFake({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }), startOidcProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })]);
  config = {
    secret: "fixture-test-secret-0123456789-0123456789",
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "jwt" },
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
    providers: [
      GitHub({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, enterprise: { baseUrl: github.baseUrl }, checks: ["pkce", "state"] }),
      { id: "oidc", name: "Test IdP", type: "oidc", issuer: oidc.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, checks: ["pkce", "state", "nonce"] },
    ],
    callbacks: {
      // What the app will need from each sign-in: the provider's account id, email and whether it is verified.
      jwt({ token, account, profile }) {
        if (account) Object.assign(token, { provider: account.provider, providerAccountId: account.providerAccountId, emailVerified: profile?.email_verified ?? null });
        return token;
      },
      session({ session, token }) {
        return Object.assign(session, { provider: token.provider, providerAccountId: token.providerAccountId, emailVerified: token.emailVerified });
      },
    },
  };
});
afterAll(() => Promise.all([github.stop(), oidc.stop()]));

describe("Auth.js against the loopback providers", () => {
  it("signs in with GitHub (PKCE and state checked) and reads the primary address from /user/emails", async () => {
    const identity = { id: 9001, login: "authjs-octo", name: "Octo", email: null, emails: [{ email: "octo@users.example", primary: true, verified: true }] };
    const { callback, session } = await signIn(config, "github", `${GITHUB_IDENTITY_COOKIE}=${encodeIdentity(identity)}`);
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe(`${APP}/dashboard`);
    expect(session).toMatchObject({ user: { email: "octo@users.example", name: "Octo" }, provider: "github", providerAccountId: "9001" });
    const sent = new URLSearchParams(github.requests().find((r) => r.startsWith("GET /login/oauth/authorize"))?.split("?")[1]);
    expect(sent.get("code_challenge_method")).toBe("S256");
    expect(sent.get("state")).toBeTruthy();
  });

  it("signs in with OpenID Connect (PKCE, state and nonce checked), with the claims the test chose", async () => {
    const claims = { sub: "authjs-sub-1", email: "Carol@IdP.example", email_verified: true, name: "Carol" };
    const { callback, session } = await signIn(config, "oidc", `${OIDC_IDENTITY_COOKIE}=${encodeIdentity(claims)}`);
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe(`${APP}/dashboard`);
    expect(session).toMatchObject({ user: { email: "carol@idp.example", name: "Carol" }, provider: "oidc", providerAccountId: "authjs-sub-1", emailVerified: true });
    const sent = oidc.authorizeRequests().at(-1);
    expect(sent?.get("nonce")).toBeTruthy();
    expect(sent?.get("code_challenge")).toBeTruthy();
  });

  it("fails the sign-in when the provider denies it", async () => {
    oidc.setDefaultIdentity(null);
    const { callback, session } = await signIn(config, "oidc", "");
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toMatch(/\/api\/auth\/(signin|error)\?error=/);
    expect(session).toBeNull();
  });
});
