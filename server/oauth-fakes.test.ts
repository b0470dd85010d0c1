import { createPublicKey, verify, type JsonWebKey } from "node:crypto";
import GitHub from "next-auth/providers/github";
import * as o from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeIdentity } from "@/e2e/fixtures/loopback";
import { GITHUB_IDENTITY_COOKIE, startGithubFake, type GithubFake, type GithubIdentity } from "@/e2e/fixtures/github-fake";
import { OIDC_IDENTITY_COOKIE, startOidcProvider, type OidcClaims, type OidcProvider } from "@/e2e/fixtures/oidc-provider";

// The loopback identity providers the e2e suite signs in with, driven by oauth4webapi: the OAuth
// client library next-auth itself uses, with the same checks (issuer, audience, state, nonce, PKCE).

const CLIENT_ID = "rungs-e2e";
const CLIENT_SECRET = "rungs-e2e-secret";
const REDIRECT = "http://127.0.0.1:3999/api/auth/callback/test";
const insecure = { [o.allowInsecureRequests]: true } as const;
const client: o.Client = { client_id: CLIENT_ID };

type Flow = { state: string; nonce: string; verifier: string; authorizeUrl: URL };

async function startFlow(authorizationEndpoint: string, scope: string, extra: Record<string, string> = {}): Promise<Flow> {
  const state = o.generateRandomState();
  const nonce = o.generateRandomNonce();
  const verifier = o.generateRandomCodeVerifier();
  const authorizeUrl = new URL(authorizationEndpoint);
  const params = { client_id: CLIENT_ID, redirect_uri: REDIRECT, response_type: "code", scope, state, nonce, code_challenge: await o.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256", ...extra };
  for (const [key, value] of Object.entries(params)) authorizeUrl.searchParams.set(key, value);
  return { state, nonce, verifier, authorizeUrl };
}

/** What the browser does: follow the provider's redirect back to the app's callback. */
async function authorize(flow: Flow, cookie?: string): Promise<URL> {
  const res = await fetch(flow.authorizeUrl, { redirect: "manual", headers: cookie ? { cookie } : {} });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get("location") ?? "");
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  return location;
}

describe("OpenID Connect provider (oauth2-mock-server)", () => {
  let oidc: OidcProvider;
  let as: o.AuthorizationServer;
  const alice: OidcClaims = { sub: "oidc-alice", email: "alice@idp.example", email_verified: true, name: "Alice" };

  beforeAll(async () => {
    oidc = await startOidcProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const issuer = new URL(oidc.issuer);
    as = await o.processDiscoveryResponse(issuer, await o.discoveryRequest(issuer, insecure));
  });
  afterAll(() => oidc.stop());

  async function signIn(flow: Flow, cookie?: string) {
    const params = o.validateAuthResponse(as, client, await authorize(flow, cookie), flow.state);
    const response = await o.authorizationCodeGrantRequest(as, client, o.ClientSecretBasic(CLIENT_SECRET), params, REDIRECT, flow.verifier, insecure);
    return o.processAuthorizationCodeResponse(as, client, response, { expectedNonce: flow.nonce, requireIdToken: true });
  }

  it("serves discovery on loopback with the issuer set explicitly", () => {
    expect(oidc.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(as.issuer).toBe(oidc.issuer);
    expect(as.authorization_endpoint).toBe(`${oidc.issuer}/authorize`);
    expect(as.code_challenge_methods_supported).toContain("S256");
  });

  it("signs in the identity a test chose by login_hint: ID token with its claims and the echoed nonce, then userinfo", async () => {
    oidc.setIdentity("alice", alice);
    const flow = await startFlow(as.authorization_endpoint ?? "", "openid profile email", { login_hint: "alice" });
    const tokens = await signIn(flow);
    const claims = o.getValidatedIdTokenClaims(tokens);
    expect(claims).toMatchObject({ iss: oidc.issuer, aud: CLIENT_ID, nonce: flow.nonce, ...alice });

    // The ID token is really signed by a key the provider publishes.
    const [header, payload, signature] = (tokens.id_token ?? "").split(".");
    const { kid } = JSON.parse(Buffer.from(header ?? "", "base64url").toString()) as { kid: string };
    const jwks = (await (await fetch(as.jwks_uri ?? "")).json()) as { keys: Array<JsonWebKey & { kid: string }> };
    const jwk = jwks.keys.find((key) => key.kid === kid);
    expect(jwk).toBeDefined();
    expect(verify("sha256", Buffer.from(`${header}.${payload}`), createPublicKey({ key: jwk as JsonWebKey, format: "jwk" }), Buffer.from(signature ?? "", "base64url"))).toBe(true);

    const info = await o.processUserInfoResponse(as, client, claims?.sub ?? "", await o.userInfoRequest(as, client, tokens.access_token, insecure));
    expect(info).toMatchObject(alice);
    // The client sent everything next-auth must check.
    const sent = oidc.authorizeRequests().at(-1);
    expect(sent?.get("code_challenge_method")).toBe("S256");
    expect(sent?.get("state")).toBe(flow.state);
    expect(sent?.get("nonce")).toBe(flow.nonce);
  });

  it("signs in the identity a browser's cookie names (per browser context, so parallel tests do not race)", async () => {
    const bob: OidcClaims = { sub: "oidc-bob", email: "bob@idp.example", email_verified: false, name: "Bob" };
    const flow = await startFlow(as.authorization_endpoint ?? "", "openid email");
    const claims = o.getValidatedIdTokenClaims(await signIn(flow, `other=1; ${OIDC_IDENTITY_COOKIE}=${encodeIdentity(bob)}`));
    expect(claims).toMatchObject({ sub: "oidc-bob", email: "bob@idp.example", email_verified: false });
    expect(oidc.identityCookie(bob)).toEqual({ name: OIDC_IDENTITY_COOKIE, value: encodeIdentity(bob), url: oidc.issuer });
  });

  it("lets the client catch a wrong nonce or state, and refuses a wrong PKCE verifier, a reused code and a wrong secret", async () => {
    oidc.setIdentity("alice", alice);
    const start = () => startFlow(as.authorization_endpoint ?? "", "openid", { login_hint: "alice" });

    const nonceFlow = await start();
    await expect(signIn({ ...nonceFlow, nonce: o.generateRandomNonce() })).rejects.toThrow(/nonce/);

    const stateFlow = await start();
    expect(() => o.validateAuthResponse(as, client, new URL(`${REDIRECT}?code=x&state=forged`), stateFlow.state)).toThrow(/state/);

    const pkceFlow = await start();
    const pkceParams = o.validateAuthResponse(as, client, await authorize(pkceFlow), pkceFlow.state);
    const badPkce = await o.authorizationCodeGrantRequest(as, client, o.ClientSecretBasic(CLIENT_SECRET), pkceParams, REDIRECT, o.generateRandomCodeVerifier(), insecure);
    expect(badPkce.status).toBe(400);

    const reuseFlow = await start();
    const params = o.validateAuthResponse(as, client, await authorize(reuseFlow), reuseFlow.state);
    const first = await o.authorizationCodeGrantRequest(as, client, o.ClientSecretBasic(CLIENT_SECRET), params, REDIRECT, reuseFlow.verifier, insecure);
    expect(first.status).toBe(200);
    const again = await fetch(as.token_endpoint ?? "", {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: params.get("code") ?? "", redirect_uri: REDIRECT }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });

    const secretFlow = await start();
    const secretParams = o.validateAuthResponse(as, client, await authorize(secretFlow), secretFlow.state);
    const wrongSecret = await o.authorizationCodeGrantRequest(as, client, o.ClientSecretBasic("not-the-secret"), secretParams, REDIRECT, secretFlow.verifier, insecure);
    expect(wrongSecret.status).toBe(401);
  });

  it("denies a sign-in that names nobody unless a default identity is set", async () => {
    oidc.setDefaultIdentity(null);
    const denied = await authorize(await startFlow(as.authorization_endpoint ?? "", "openid"));
    expect(denied.searchParams.get("error")).toBe("access_denied");
    expect(denied.searchParams.has("code")).toBe(false);
    oidc.setDefaultIdentity(alice);
    const flow = await startFlow(as.authorization_endpoint ?? "", "openid");
    expect(o.getValidatedIdTokenClaims(await signIn(flow))?.sub).toBe("oidc-alice");
  });
});

describe("GitHub fake, at the URLs next-auth's GitHub provider derives from enterprise.baseUrl", () => {
  let github: GithubFake;
  let provider: ReturnType<typeof GitHub>;
  let as: o.AuthorizationServer;
  const octo: GithubIdentity = {
    id: 4242,
    login: "octo",
    name: "Octo Cat",
    email: null,
    emails: [
      { email: "octo-old@users.example", primary: false, verified: false },
      { email: "octo@users.example", primary: true, verified: true },
    ],
  };

  beforeAll(async () => {
    github = await startGithubFake({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    provider = GitHub({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, enterprise: { baseUrl: github.baseUrl } });
    const endpoint = (value: unknown) => (typeof value === "string" ? value : (value as { url: string }).url);
    // The same server metadata @auth/core builds for a provider without discovery.
    as = { issuer: provider.issuer ?? "", authorization_endpoint: endpoint(provider.authorization), token_endpoint: endpoint(provider.token), userinfo_endpoint: endpoint(provider.userinfo) };
  });
  afterAll(() => github.stop());

  async function signIn(identityCookie?: string, extra: Record<string, string> = {}) {
    const flow = await startFlow(as.authorization_endpoint ?? "", "read:user user:email", extra);
    const params = o.validateAuthResponse(as, client, await authorize(flow, identityCookie), flow.state);
    const response = await o.authorizationCodeGrantRequest(as, client, o.ClientSecretBasic(CLIENT_SECRET), params, REDIRECT, flow.verifier, insecure);
    return o.processAuthorizationCodeResponse(as, client, response, { requireIdToken: false });
  }

  it("lives on loopback at the provider's own URLs", () => {
    expect(github.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(as.authorization_endpoint).toBe(`${github.baseUrl}/login/oauth/authorize`);
    expect(as.token_endpoint).toBe(`${github.baseUrl}/login/oauth/access_token`);
    expect(as.userinfo_endpoint).toBe(`${github.baseUrl}/api/v3/user`);
  });

  it("signs in the chosen identity; the provider's own userinfo request finds the primary address in /user/emails", async () => {
    const tokens = await signIn(`${GITHUB_IDENTITY_COOKIE}=${encodeIdentity(octo)}`);
    expect(tokens.token_type).toBe("bearer");
    const userinfo = provider.userinfo as { url: string; request: (ctx: unknown) => Promise<Record<string, unknown>> };
    const profile = await userinfo.request({ tokens, provider: { userinfo: { url: new URL(userinfo.url) } } });
    expect(profile).toMatchObject({ id: 4242, login: "octo", email: "octo@users.example" });
    expect(await provider.profile?.(profile as never, tokens as never)).toMatchObject({ id: "4242", name: "Octo Cat", email: "octo@users.example" });
    expect(github.requests().filter((r) => r.startsWith("GET /api/v3/"))).toEqual(["GET /api/v3/user", "GET /api/v3/user/emails"]);

    // Whether the address is verified is only in /user/emails: what the app must read before linking.
    const emails = await fetch(`${github.baseUrl}/api/v3/user/emails`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await emails.json()).toEqual([
      { visibility: null, email: "octo-old@users.example", primary: false, verified: false },
      { visibility: null, email: "octo@users.example", primary: true, verified: true },
    ]);
  });

  it("picks an identity by login= too, and uses a public email as is", async () => {
    github.setIdentity({ id: 7, login: "pubmail", email: "pub@users.example" });
    const tokens = await signIn(undefined, { login: "pubmail" });
    const user = (await (await fetch(`${github.baseUrl}/api/v3/user`, { headers: { authorization: `Bearer ${tokens.access_token}`, "user-agent": "authjs" } })).json()) as Record<string, unknown>;
    expect(user).toMatchObject({ id: 7, login: "pubmail", email: "pub@users.example", name: null });
  });

  it("refuses a wrong PKCE verifier, a reused code, a wrong secret and a bad token, as GitHub does", async () => {
    github.setIdentity(octo);
    const flow = await startFlow(as.authorization_endpoint ?? "", "read:user user:email", { login: "octo" });
    const params = o.validateAuthResponse(as, client, await authorize(flow), flow.state);
    const tokenRequest = (verifier: string, secret = CLIENT_SECRET) =>
      fetch(as.token_endpoint ?? "", {
        method: "POST",
        headers: { accept: "application/json", authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "authorization_code", code: params.get("code") ?? "", redirect_uri: REDIRECT, code_verifier: verifier }),
      }).then((res) => res.json() as Promise<Record<string, string>>);
    expect(await tokenRequest(flow.verifier, "wrong")).toMatchObject({ error: "incorrect_client_credentials" });
    expect(await tokenRequest(o.generateRandomCodeVerifier())).toMatchObject({ error: "bad_verification_code" });
    // The code was spent by the failed attempt: single use.
    expect(await tokenRequest(flow.verifier)).toMatchObject({ error: "bad_verification_code" });

    const bad = await fetch(`${github.baseUrl}/api/v3/user`, { headers: { authorization: "Bearer gho_forged" } });
    expect(bad.status).toBe(401);
  });

  it("denies a sign-in that names nobody", async () => {
    const flow = await startFlow(as.authorization_endpoint ?? "", "read:user");
    const back = await authorize(flow);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe(flow.state);
  });
});
