import { expect, test } from "@playwright/test";
import { logIn, logOut, PASSWORD, signUp, uniqueEmail } from "./helpers";
import {
  accountsOf,
  continueWith,
  expectSignedIn,
  githubIdentity,
  markEmailVerified,
  OIDC_NAME,
  oidcClaims,
  ownerOf,
  sessionCount,
  useGithubIdentity,
  useOidcIdentity,
  usersWithEmail,
} from "./oauth-helpers";

const EMAIL_EXISTS = `An account with this email exists. Log in with your password, then connect ${OIDC_NAME} in Settings.`;

test("OpenID Connect: sign up, then log in again as the same account (PKCE, state and nonce sent)", async ({ page }) => {
  const email = uniqueEmail("oidc");
  const claims = oidcClaims(email, true);
  await useOidcIdentity(page.context(), claims);
  const authorize: URL[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/authorize?")) authorize.push(new URL(r.url()));
  });

  await page.goto("/signup");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/skills$/);
  await expectSignedIn(page);
  const [user] = await usersWithEmail(email);
  expect(user?.password_hash).toBeNull();
  expect(user?.email_verified_at).not.toBeNull();
  expect(await accountsOf(user!.id)).toEqual([{ provider: "oidc", provider_account_id: claims.sub }]);
  expect(await sessionCount(user!.id)).toBe(1);
  const sent = authorize[0]!.searchParams;
  expect(sent.get("code_challenge_method")).toBe("S256");
  expect(sent.get("state")).toBeTruthy();
  expect(sent.get("nonce")).toBeTruthy();

  await logOut(page);
  await page.goto("/login");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectSignedIn(page);
  expect(await usersWithEmail(email)).toHaveLength(1);
  expect(await sessionCount(user!.id)).toBe(1);
});

test("a provider email the provider did not verify makes an unverified account", async ({ page }) => {
  const email = uniqueEmail("oidc-unverified");
  await useOidcIdentity(page.context(), oidcClaims(email, false));
  await page.goto("/signup");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/skills$/);
  expect((await usersWithEmail(email))[0]?.email_verified_at).toBeNull();
});

test("GitHub: sign in with the verified primary address from the address list", async ({ page }) => {
  const email = uniqueEmail("gh");
  const identity = githubIdentity(email);
  identity.emails = [{ email: uniqueEmail("gh-other"), primary: false, verified: true }, ...(identity.emails ?? [])];
  await useGithubIdentity(page.context(), identity);
  await page.goto("/login");
  await continueWith(page, "GitHub");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectSignedIn(page);
  const [user] = await usersWithEmail(email);
  expect(user?.password_hash).toBeNull();
  expect(user?.email_verified_at).not.toBeNull();
  expect(await ownerOf("github", String(identity.id))).toBe(user!.id);
});

test("no email from the provider: refused with a clear message, no account made", async ({ page }) => {
  const claims = oidcClaims(undefined);
  await useOidcIdentity(page.context(), claims);
  await page.goto("/signup");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/login\?oauth=no-email/);
  await expect(page.getByRole("alert")).toHaveText(/Loopback ID did not share an email address with Rungs, so no account was created\./);
  expect(await ownerOf("oidc", claims.sub)).toBeNull();

  const identity = githubIdentity(null);
  await useGithubIdentity(page.context(), identity);
  await continueWith(page, "GitHub");
  await expect(page.getByRole("alert")).toHaveText(/GitHub did not share an email address with Rungs/);
  expect(await ownerOf("github", String(identity.id))).toBeNull();
});

test("automatic linking is refused while the local account's email is unverified", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);
  const claims = oidcClaims(email, true);
  await useOidcIdentity(page.context(), claims);
  await page.goto("/login");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/login\?oauth=email-exists&provider=oidc/);
  await expect(page.getByRole("alert")).toContainText(EMAIL_EXISTS);
  expect(await ownerOf("oidc", claims.sub)).toBeNull();
  expect(await usersWithEmail(email)).toHaveLength(1);
  // The password account is untouched.
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("automatic linking is refused when the provider has not verified the email", async ({ page }) => {
  const { email } = await signUp(page);
  await markEmailVerified(email);
  await logOut(page);
  const identity = githubIdentity(email, false);
  await useGithubIdentity(page.context(), identity);
  await page.goto("/login");
  await continueWith(page, "GitHub");
  await expect(page.getByRole("alert")).toContainText("An account with this email exists. Log in with your password, then connect GitHub in Settings.");
  expect(await ownerOf("github", String(identity.id))).toBeNull();
});

test("automatic linking happens when both the provider and the local account verified the email", async ({ page }) => {
  const { email } = await signUp(page);
  await markEmailVerified(email);
  await logOut(page);
  const [local] = await usersWithEmail(email);
  const claims = oidcClaims(email.toUpperCase(), true);
  await useOidcIdentity(page.context(), claims);
  await page.goto("/login");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectSignedIn(page);
  expect(await ownerOf("oidc", claims.sub)).toBe(local!.id);
  expect(await usersWithEmail(email)).toHaveLength(1);
  // Still a password account as well.
  await logOut(page);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a replayed callback (code already used, no state or PKCE cookies) signs nobody in", async ({ page, browser }) => {
  const claims = oidcClaims(uniqueEmail("replay"), true);
  await useOidcIdentity(page.context(), claims);
  let callback = "";
  page.on("request", (r) => {
    if (r.url().includes("/api/auth/callback/oidc")) callback = r.url();
  });
  await page.goto("/login");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(callback).toContain("code=");

  const other = await browser.newContext();
  const thief = await other.newPage();
  await thief.goto(callback);
  await expect(thief).toHaveURL(/\/login\?error=/);
  await expect(thief.getByRole("alert")).toContainText("Signing in did not work. Please try again.");
  expect((await other.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  await other.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Continue with GitHub still signs in: the page's CSP lets its form be redirected to the provider", async ({ page }) => {
    const email = uniqueEmail("gh-nojs");
    const identity = githubIdentity(email);
    await useGithubIdentity(page.context(), identity);
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|form-action/i.test(m.text())) refused.push(m.text());
    });
    const response = await page.goto("/login");
    expect(response?.headers()["content-security-policy"]).toMatch(/form-action 'self' http:\/\/(127\.0\.0\.1|localhost):\d+/);
    await continueWith(page, "GitHub");
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(refused).toEqual([]);
    const [user] = await usersWithEmail(email);
    expect(await ownerOf("github", String(identity.id))).toBe(user!.id);
    expect(await sessionCount(user!.id)).toBe(1);
  });
});
