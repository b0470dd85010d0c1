import { expect, test, type Page } from "@playwright/test";
import { logIn, logInElsewhere, logOut, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { userIdByEmail } from "./db";
import {
  accountsOf,
  bumpSessionVersion,
  continueWith,
  githubIdentity,
  OIDC_NAME,
  oidcClaims,
  ownerOf,
  useGithubIdentity,
  useOidcIdentity,
  usersWithEmail,
} from "./oauth-helpers";
import { GITHUB_BASE_URL } from "./fixtures/ports";

function section(page: Page) {
  return page.getByRole("region", { name: "Connected accounts" });
}

function method(page: Page, name: string) {
  return section(page).getByRole("listitem").filter({ hasText: name });
}

test("connect GitHub from Settings, log in with it, see it in the export, then disconnect it", async ({ page }) => {
  const { email } = await signUp(page);
  const userId = await userIdByEmail(email);
  // A GitHub account under another address: connecting does not depend on the email.
  const identity = githubIdentity(uniqueEmail("gh-connect"));
  await useGithubIdentity(page.context(), identity);

  await page.goto("/settings");
  await expect(method(page, "Password")).toContainText("Set.");
  await expect(method(page, "GitHub")).toContainText("Not connected.");
  await section(page).getByRole("button", { name: "Connect GitHub" }).click();
  await expect(page).toHaveURL(/\/settings\?connected=github$/);
  await expect(section(page)).toContainText("GitHub is connected. You can now log in with it.");
  await expect(method(page, "GitHub")).toContainText(/Connected .* as gh-connect-/);
  expect(await ownerOf("github", String(identity.id))).toBe(userId);

  const exported = await (await page.request.get("/api/export")).json();
  expect(exported.connectedAccounts).toEqual([{ provider: "github", connectedAt: expect.any(String) }]);
  expect(JSON.stringify(exported)).not.toContain(String(identity.id));

  await logOut(page);
  await page.goto("/login");
  await continueWith(page, "GitHub");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings");
  await expect(page.getByLabel("Handle")).toBeVisible();
  expect(await usersWithEmail(email)).toHaveLength(1);

  await method(page, "GitHub").getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("status")).toHaveText(/GitHub disconnected\./);
  await expect(section(page).getByRole("button", { name: "Connect GitHub" })).toBeVisible();
  expect(await accountsOf(userId)).toEqual([]);
  // The password still works.
  await logOut(page);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the last way to sign in cannot be disconnected, not even from a stale page", async ({ page, context }) => {
  const email = uniqueEmail("only-oidc");
  await useOidcIdentity(context, oidcClaims(email, true));
  await page.goto("/signup");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/skills$/);
  const userId = await userIdByEmail(email);

  await page.goto("/settings");
  await expect(method(page, "Password")).toContainText("Not set.");
  await expect(method(page, OIDC_NAME)).toContainText("This is your only way to sign in, so it cannot be disconnected.");
  await expect(method(page, OIDC_NAME).getByRole("button", { name: "Disconnect" })).toBeDisabled();

  await useGithubIdentity(context, githubIdentity(uniqueEmail("gh-second")));
  await section(page).getByRole("button", { name: "Connect GitHub" }).click();
  await expect(page).toHaveURL(/\/settings\?connected=github$/);
  await expect(method(page, OIDC_NAME).getByRole("button", { name: "Disconnect" })).toBeEnabled();
  await expect(method(page, "GitHub").getByRole("button", { name: "Disconnect" })).toBeEnabled();

  // Two tabs, each still offering a Disconnect: only the first can succeed.
  const stale = await context.newPage();
  await stale.goto("/settings");
  await method(page, "GitHub").getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("status")).toHaveText(/GitHub disconnected\./);
  await method(stale, OIDC_NAME).getByRole("button", { name: "Disconnect" }).click();
  await expect(method(stale, OIDC_NAME).getByRole("alert")).toHaveText(/Loopback ID is your only way to sign in, so it cannot be disconnected\./);
  expect(await accountsOf(userId)).toEqual([expect.objectContaining({ provider: "oidc" })]);
});

test("a revoked session cookie cannot start a Connect", async ({ page, browser }) => {
  const { email, password } = await signUp(page);
  const userId = await userIdByEmail(email);
  await page.goto("/settings");
  await useGithubIdentity(page.context(), githubIdentity(uniqueEmail("gh-revoked")));
  // Signed out everywhere from another device while this page is still open.
  const { context: other, page: o } = await logInElsewhere(browser, email, password);
  await o.goto("/settings");
  await o.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(o).toHaveURL(/\/login$/);
  await other.close();

  await section(page).getByRole("button", { name: "Connect GitHub" }).click();
  await expect(method(page, "GitHub").getByRole("alert")).toHaveText(/You are signed out/);
  expect(await accountsOf(userId)).toEqual([]);
});

test("a session revoked while at the provider links nothing when the callback comes back", async ({ page }) => {
  const { email } = await signUp(page);
  const userId = await userIdByEmail(email);
  const identity = githubIdentity(uniqueEmail("gh-midway"));
  await useGithubIdentity(page.context(), identity);
  await page.goto("/settings");
  // While the browser is at GitHub, the session is revoked ("log out everywhere" bumps the version).
  await page.route(`${GITHUB_BASE_URL}/login/oauth/authorize**`, async (route) => {
    await bumpSessionVersion(userId);
    await route.continue();
  });
  await section(page).getByRole("button", { name: "Connect GitHub" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await accountsOf(userId)).toEqual([]);
  expect(await ownerOf("github", String(identity.id))).toBeNull();
  // Nobody is signed in in this browser either.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
});

test("deleting the account removes its connected providers", async ({ page }) => {
  const { email, password } = await signUp(page);
  const userId = await userIdByEmail(email);
  const identity = githubIdentity(uniqueEmail("gh-delete"));
  await useGithubIdentity(page.context(), identity);
  await page.goto("/settings");
  await section(page).getByRole("button", { name: "Connect GitHub" }).click();
  await expect(page).toHaveURL(/\/settings\?connected=github$/);
  await page.getByLabel("Confirm with your password").fill(password);
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/);
  expect(await accountsOf(userId)).toEqual([]);
  expect(await ownerOf("github", String(identity.id))).toBeNull();
  await expectSignedOut(page);
});

test("an account with no password deletes itself by typing DELETE; a password account still needs its password", async ({ page }) => {
  const email = uniqueEmail("oidc-delete");
  const claims = oidcClaims(email, true);
  await useOidcIdentity(page.context(), claims);
  await page.goto("/signup");
  await continueWith(page, OIDC_NAME);
  await expect(page).toHaveURL(/\/skills$/);
  const userId = await userIdByEmail(email);
  await page.goto("/settings");
  await expect(page.getByLabel("Confirm with your password")).toHaveCount(0);
  await page.getByLabel("Type DELETE to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "DELETE" })).toContainText("Type DELETE (in capitals) to confirm.");
  expect(await accountsOf(userId)).toHaveLength(1);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/);
  expect(await accountsOf(userId)).toEqual([]);
  expect(await ownerOf("oidc", claims.sub)).toBeNull();
  await expectSignedOut(page);
});

test("a password account cannot be deleted by posting DELETE instead of its password", async ({ page }) => {
  const { email } = await signUp(page);
  await page.goto("/settings");
  const field = page.getByLabel("Confirm with your password");
  // A forged form: the passwordless account's field added beside the password field.
  await field.fill("not the password");
  await field.evaluate((el) => {
    const forged = Object.assign(document.createElement("input"), { type: "hidden", name: "deleteConfirm", value: "DELETE" });
    (el as HTMLInputElement).form!.append(forged);
  });
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "password" })).toContainText("This account has a password: confirm with it.");
  expect(await usersWithEmail(email)).toHaveLength(1);
});

async function expectSignedOut(page: Page) {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
}

