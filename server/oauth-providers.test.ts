import { describe, expect, it } from "vitest";
import { primaryGithubEmail } from "./oauth-provider-configs";
import { configuredOAuthProviders, providerFormOrigins, providerName, publicProviders } from "./oauth-providers";

const FULL = {
  AUTH_GITHUB_ID: "gh-id",
  AUTH_GITHUB_SECRET: "gh-secret",
  AUTH_GITHUB_BASE_URL: "http://127.0.0.1:3314/",
  AUTH_OIDC_ISSUER: "http://127.0.0.1:3313",
  AUTH_OIDC_ID: "oidc-id",
  AUTH_OIDC_SECRET: "oidc-secret",
  AUTH_OIDC_NAME: "Loopback ID",
};

describe("configuredOAuthProviders", () => {
  it("lists a provider only when every one of its variables is set", () => {
    expect(configuredOAuthProviders({})).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_GITHUB_ID: "x" })).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_OIDC_ISSUER: "https://id.example", AUTH_OIDC_ID: "x", AUTH_OIDC_SECRET: "  " })).toEqual([]);
    expect(publicProviders(FULL)).toEqual([
      { id: "github", name: "GitHub" },
      { id: "oidc", name: "Loopback ID" },
    ]);
  });

  it("uses github.com as GitHub's issuer unless a base URL is set, and the default OIDC name", () => {
    const [github] = configuredOAuthProviders({ AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b" });
    expect(github).toMatchObject({ issuer: "https://github.com", baseUrl: undefined });
    expect(configuredOAuthProviders(FULL)[0]).toMatchObject({ issuer: "http://127.0.0.1:3314", baseUrl: "http://127.0.0.1:3314" });
    expect(providerName("oidc", { ...FULL, AUTH_OIDC_NAME: undefined })).toBe("OpenID Connect");
  });

  it("gives the origins a sign-in form is redirected to, for the CSP form-action", () => {
    expect(providerFormOrigins({})).toEqual([]);
    expect(providerFormOrigins({ AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b" })).toEqual(["https://github.com"]);
    expect(providerFormOrigins(FULL)).toEqual(["http://127.0.0.1:3314", "http://127.0.0.1:3313"]);
    const issuerWithPath = { AUTH_OIDC_ISSUER: "https://id.example/realms/school/", AUTH_OIDC_ID: "x", AUTH_OIDC_SECRET: "y" };
    expect(providerFormOrigins(issuerWithPath)).toEqual(["https://id.example"]);
    expect(providerFormOrigins({ ...issuerWithPath, AUTH_OIDC_ISSUER: "not a url" })).toEqual([]);
  });

  it("never puts a secret in what pages get", () => {
    expect(JSON.stringify(publicProviders(FULL))).not.toMatch(/secret/);
  });
});

describe("primaryGithubEmail", () => {
  it("takes the primary address with GitHub's verified flag", () => {
    const emails = [
      { email: "other@example.com", primary: false, verified: true },
      { email: "main@example.com", primary: true, verified: false },
    ];
    expect(primaryGithubEmail(emails)).toEqual({ email: "main@example.com", verified: false });
    expect(primaryGithubEmail([{ ...emails[1], verified: true }])).toEqual({ email: "main@example.com", verified: true });
  });

  it("has no address without a primary one, or for anything that is not a list of addresses", () => {
    for (const value of [[], [{ email: "x@example.com", primary: false, verified: true }], null, {}, "x", [null], [{ primary: true }], [{ email: 5, primary: true }]]) {
      expect(primaryGithubEmail(value)).toEqual({ email: null, verified: false });
    }
    expect(primaryGithubEmail([{ email: "x@example.com", primary: true, verified: "true" }])).toEqual({ email: "x@example.com", verified: false });
  });
});
