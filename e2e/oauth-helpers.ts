import { expect, type BrowserContext, type Page } from "@playwright/test";
import { randomInt, randomUUID } from "node:crypto";
import { execDbAt, queryDb, suiteDatabase } from "./db";
import type { GithubIdentity } from "./fixtures/github-fake";
import { identityCookie } from "./fixtures/loopback";
import type { OidcClaims } from "./fixtures/oidc-provider";
import { GITHUB_BASE_URL, OIDC_ISSUER, OIDC_NAME } from "./fixtures/ports";

// Picking who signs in at the loopback providers (a cookie on the provider's host, per browser
// context), and looking at what the app stored. The cookie names are the fixtures' own.
const OIDC_IDENTITY_COOKIE = "oidc_identity";
const GITHUB_IDENTITY_COOKIE = "github_identity";

export { OIDC_NAME };

export function oidcClaims(email: string | undefined, emailVerified = true, extra: Partial<OidcClaims> = {}): OidcClaims {
  return { sub: `sub-${randomUUID()}`, ...(email === undefined ? {} : { email, email_verified: emailVerified }), name: "Olive Oidc", ...extra };
}

export function githubIdentity(email: string | null, verified = true): GithubIdentity {
  const id = randomInt(1, 2 ** 31);
  return { id, login: `octo-${id}`, name: "Octo Cat", email: null, emails: email === null ? [] : [{ email, primary: true, verified }] };
}

export async function useOidcIdentity(context: BrowserContext, claims: OidcClaims): Promise<void> {
  await context.addCookies([identityCookie(OIDC_ISSUER, OIDC_IDENTITY_COOKIE, claims)]);
}

export async function useGithubIdentity(context: BrowserContext, identity: GithubIdentity): Promise<void> {
  await context.addCookies([identityCookie(GITHUB_BASE_URL, GITHUB_IDENTITY_COOKIE, identity)]);
}

/** Clicks "Continue with <name>" on the current page (log in or sign up). */
export async function continueWith(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: `Continue with ${name}` }).click();
}

function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** What a verification link would do: the local account's email counts as verified. */
export async function markEmailVerified(email: string): Promise<void> {
  const at = suiteDatabase();
  const now = at.dialect === "postgres" ? "now()" : String(Date.now());
  await execDbAt(at, `update users set email_verified_at = ${now} where email = ${quote(email.toLowerCase())}`);
}

/** What "log out everywhere" does to the cookies out there: issued before the bump, they are dead. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await execDbAt(suiteDatabase(), `update users set session_version = session_version + 1 where id = ${quote(userId)}`);
}

export type StoredUser = { id: string; password_hash: string | null; email_verified_at: unknown };

export async function usersWithEmail(email: string): Promise<StoredUser[]> {
  return queryDb<StoredUser>("select id, password_hash, email_verified_at from users where email = ?", email.toLowerCase());
}

export async function accountsOf(userId: string): Promise<{ provider: string; provider_account_id: string }[]> {
  return queryDb("select provider, provider_account_id from auth_accounts where user_id = ? order by provider", userId);
}

export async function ownerOf(provider: string, providerAccountId: string): Promise<string | null> {
  const rows = await queryDb<{ user_id: string }>("select user_id from auth_accounts where provider = ? and provider_account_id = ?", provider, providerAccountId);
  return rows[0]?.user_id ?? null;
}

export async function sessionCount(userId: string): Promise<number> {
  const rows = await queryDb<{ n: number }>("select count(*) as n from sessions where user_id = ?", userId);
  return Number(rows[0]?.n ?? 0);
}

export async function expectSignedIn(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}
