import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testSql } from "../test-db";
import {
  countSignInMethods,
  createUserWithProviderAccount,
  getUserIdByProviderAccount,
  linkProviderAccount,
  listProviderAccounts,
  unlinkProviderAccount,
  type ProviderIdentity,
} from "./auth-accounts";
import { createUser, deleteUser, getUserWithHashById, markEmailVerified } from "./users";

const T = Date.UTC(2030, 0, 1);
const ISSUER = "http://127.0.0.1:9999";
const GITHUB = "https://github.com";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

let serial = 0;
const email = () => `accounts-${++serial}-${Date.now()}@example.com`;
const github = (): ProviderIdentity => ({ provider: "github", issuer: GITHUB, providerAccountId: `gh-${++serial}` });
const oidc = (): ProviderIdentity => ({ provider: "oidc", issuer: ISSUER, providerAccountId: `sub-${++serial}` });

async function passwordUser(): Promise<string> {
  const user = await createUser({ email: email(), passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  return user.id;
}

async function providerUser(identity: ProviderIdentity, emailVerified = true) {
  const result = await createUserWithProviderAccount({ ...identity, email: email(), name: "Ada", emailVerified }, new Date(T));
  if (!result.ok) throw new Error(result.error);
  return result.user;
}

describe("provider accounts", () => {
  it("links an identity to a user, finds the user by it and lists it", async () => {
    const userId = await passwordUser();
    const identity = github();
    expect(await linkProviderAccount({ ...identity, userId, email: "ada@github.example", emailVerified: true }, new Date(T))).toEqual({ ok: true });
    expect(await getUserIdByProviderAccount(identity.provider, identity.issuer, identity.providerAccountId)).toBe(userId);
    expect(await getUserIdByProviderAccount("github", GITHUB, "nobody")).toBeNull();
    // The same account id at another issuer is another identity.
    expect(await getUserIdByProviderAccount("oidc", ISSUER, identity.providerAccountId)).toBeNull();
    expect(await listProviderAccounts(userId)).toEqual([{ ...identity, email: "ada@github.example", emailVerified: true, createdAt: new Date(T) }]);
    expect(await countSignInMethods(userId)).toBe(2);
  });

  it("keeps an identity on one user and one identity per provider per user, as results not throws", async () => {
    const [ada, bob] = [await passwordUser(), await passwordUser()];
    const identity = github();
    const link = (userId: string, id: ProviderIdentity) => linkProviderAccount({ ...id, userId, email: null, emailVerified: false });
    expect(await link(ada, identity)).toEqual({ ok: true });
    expect(await link(ada, identity)).toEqual({ ok: false, error: "already-linked" });
    expect(await link(bob, identity)).toEqual({ ok: false, error: "identity-linked" });
    expect(await link(ada, github())).toEqual({ ok: false, error: "provider-linked" });
    expect(await link("no-such-user", github())).toEqual({ ok: false, error: "no-user" });
    expect(await link(ada, oidc())).toEqual({ ok: true });
    expect((await listProviderAccounts(ada)).map((a) => a.provider).sort()).toEqual(["github", "oidc"]);
    expect(await listProviderAccounts(bob)).toEqual([]);
  });

  it("lets exactly one of two users racing to link the same identity have it", async () => {
    const users = [await passwordUser(), await passwordUser()];
    const identity = oidc();
    const results = await Promise.all(users.map((userId) => linkProviderAccount({ ...identity, userId, email: null, emailVerified: false })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "identity-linked" }]);
  });

  it("creates a password-less user with the identity, verified only when the provider says so", async () => {
    const identity = oidc();
    const user = await providerUser(identity, true);
    expect(user.emailVerifiedAt).toEqual(new Date(T));
    expect((await getUserWithHashById(user.id))?.passwordHash).toBeNull();
    expect(await getUserIdByProviderAccount(identity.provider, identity.issuer, identity.providerAccountId)).toBe(user.id);
    expect(await countSignInMethods(user.id)).toBe(1);
    expect((await providerUser(github(), false)).emailVerifiedAt).toBeNull();
  });

  it("refuses a provider user whose email or identity is taken, writing nothing", async () => {
    const existing = await createUser({ email: email(), passwordHash: "x", name: null });
    if (!existing) throw new Error("user not created");
    const fresh = github();
    expect(await createUserWithProviderAccount({ ...fresh, email: existing.email, name: null, emailVerified: true })).toEqual({ ok: false, error: "email-taken" });
    expect(await getUserIdByProviderAccount(fresh.provider, fresh.issuer, fresh.providerAccountId)).toBeNull();

    const identity = oidc();
    await providerUser(identity);
    const address = email();
    expect(await createUserWithProviderAccount({ ...identity, email: address, name: null, emailVerified: true })).toEqual({ ok: false, error: "identity-linked" });
    expect(await testSql(sql`select id from users where email = ${address}`)).toEqual([]);
  });

  it("unlinks a provider unless it is the last way to sign in", async () => {
    const user = await providerUser(github());
    expect(await unlinkProviderAccount(user.id, "oidc")).toEqual({ ok: false, error: "not-linked" });
    expect(await unlinkProviderAccount(user.id, "github")).toEqual({ ok: false, error: "last-method" });
    expect(await linkProviderAccount({ ...oidc(), userId: user.id, email: null, emailVerified: false })).toEqual({ ok: true });
    expect(await unlinkProviderAccount(user.id, "github")).toEqual({ ok: true });
    expect(await unlinkProviderAccount(user.id, "oidc")).toEqual({ ok: false, error: "last-method" });
    expect(await unlinkProviderAccount("no-such-user", "oidc")).toEqual({ ok: false, error: "no-user" });

    const withPassword = await passwordUser();
    await linkProviderAccount({ ...github(), userId: withPassword, email: null, emailVerified: false });
    expect(await unlinkProviderAccount(withPassword, "github")).toEqual({ ok: true });
    expect(await countSignInMethods(withPassword)).toBe(1);
  });

  it("lets exactly one of two concurrent unlinks of a password-less user's two providers succeed", async () => {
    for (let round = 0; round < 5; round++) {
      const user = await providerUser(github());
      await linkProviderAccount({ ...oidc(), userId: user.id, email: null, emailVerified: false });
      const results = await Promise.all([unlinkProviderAccount(user.id, "github"), unlinkProviderAccount(user.id, "oidc")]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last-method" }]);
      expect(await listProviderAccounts(user.id)).toHaveLength(1);
    }
  });

  it("refuses a provider outside the list", async () => {
    const userId = await passwordUser();
    const insert = testSql(sql`insert into auth_accounts (provider, issuer, provider_account_id, user_id, created_at) values ('gitlab', 'x', 'y', ${userId}, ${new Date(T).toISOString()})`);
    await expect(insert).rejects.toSatisfy((e: Error) => /check constraint|DATATYPE|cannot store/i.test(String(e.cause) + String(e)));
  });

  it("marks the email verified", async () => {
    const userId = await passwordUser();
    expect((await getUserWithHashById(userId))?.emailVerifiedAt).toBeNull();
    expect(await markEmailVerified(userId, new Date(T + 5))).toBe(true);
    expect((await getUserWithHashById(userId))?.emailVerifiedAt).toEqual(new Date(T + 5));
    expect(await markEmailVerified("no-such-user", new Date(T))).toBe(false);
  });

  it("goes with the account (ON DELETE CASCADE)", async () => {
    const user = await providerUser(github());
    const other = await providerUser(github());
    await deleteUser(user.id);
    expect(await listProviderAccounts(user.id)).toEqual([]);
    expect(await testSql(sql`select provider from auth_accounts where user_id = ${user.id}`)).toEqual([]);
    expect(await listProviderAccounts(other.id)).toHaveLength(1);
  });
});
