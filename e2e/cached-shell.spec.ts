import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectReadiness, logOut, setLevel, signUp, skillGroup } from "./helpers";
import { cookieHeader, recordProblems, shellBodies } from "./shell-bytes";

// /skills is one page served from the cache to everyone; whose levels show comes from GET /api/me.
// These tests make sure that one user's view never reaches anyone else through that cache.

async function signUpWithLevels(page: Page) {
  const name = `Shellcheck ${randomUUID().slice(0, 8)}`;
  const { email, password } = await signUp(page, { name });
  await page.goto("/skills");
  await setLevel(page, "Git", "Expert");
  await expect(page.getByText(name)).toBeVisible();
  return { name, email, password };
}

test("a visitor loading the cached shell right after a user's view sees the guest board, nothing of the user's", async ({ page, browser, baseURL }) => {
  const a = await signUpWithLevels(page);
  await page.reload();
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();

  const visitor = await browser.newContext({ baseURL });
  const v = await visitor.newPage();
  const response = await v.goto("/skills");
  const html = await response!.text();
  for (const secret of [a.name, a.email]) expect(html).not.toContain(secret);
  expect(html).not.toMatch(/<input[^>]*checked/);
  await expect(v.getByText("Guest mode")).toBeVisible();
  await expect(skillGroup(v, "Git").getByRole("radio", { name: "None" })).toBeChecked();
  await expect(v.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(v.getByText(a.name)).toHaveCount(0);
  await expect(v.getByRole("button", { name: "Log out" })).toHaveCount(0);
  await visitor.close();
});

test("after logging out in the same browser, the Skills page is the guest's", async ({ page }) => {
  const a = await signUpWithLevels(page);
  await logOut(page);
  await page.goto("/skills");
  await expect(page.getByText("Guest mode")).toBeVisible();
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "None" })).toBeChecked();
  await expect(page.getByText(a.name)).toHaveCount(0);
  // The same through client-side navigation, where the tab's query cache would show old data.
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Skills" }).click();
  await expect(page.getByText("Guest mode")).toBeVisible();
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "None" })).toBeChecked();
  await expect(page.getByText(a.name)).toHaveCount(0);
});

test("GET /api/me: null without a live session, the user's own data with one, never for a shared cache", async ({ page, request }) => {
  const a = await signUpWithLevels(page);
  const cookie = cookieHeader(await page.context().cookies());
  const mine = await request.get("/api/me", { headers: { Cookie: cookie } });
  expect(mine.status()).toBe(200);
  expect(mine.headers()["cache-control"]).toBe("private, no-store");
  const body = await mine.json();
  expect(body).toMatchObject({ name: a.name, email: a.email, levels: { git: 3 } });
  expect(Object.keys(body).sort()).toEqual(["email", "emailVerified", "id", "levels", "mailOff", "name"]);

  const forged: Record<string, string>[] = [
    {},
    { Cookie: "authjs.session-token=forged" },
    { Cookie: cookie.replace(/(authjs\.session-token=)([^;]{8})/, "$1AAAAAAAA") },
  ];
  // 200 and null, not 401: every visitor of the shell asks, and a 401 is a console error in the browser.
  for (const headers of forged) {
    const response = await request.get("/api/me", { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(await response.text()).toBe("null");
  }
  // Logged out: the same cookie, replayed, no longer names anyone.
  await logOut(page);
  const replayed = await request.get("/api/me", { headers: { Cookie: cookie } });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toBe("null");
  expect(replayed.headers()["cache-control"]).not.toMatch(/public|s-maxage/);
});

test("the shell is the same bytes for two users and a visitor, under a hash CSP that runs its scripts", async ({ page, browser, baseURL, request }) => {
  const a = await signUpWithLevels(page);
  const b = await browser.newContext({ baseURL });
  const bPage = await b.newPage();
  const bUser = await signUpWithLevels(bPage);
  const bodies = await shellBodies(request, "/skills", [cookieHeader(await page.context().cookies()), cookieHeader(await b.cookies()), ""]);
  expect(bodies[1]).toBe(bodies[0]);
  expect(bodies[2]).toBe(bodies[0]);
  for (const secret of [a.name, a.email, bUser.name, bUser.email]) expect(bodies[0]).not.toContain(secret);

  // In the browser: no policy violation, and each user sees their own name.
  const problems = recordProblems(bPage);
  await bPage.goto("/skills");
  await expect(bPage.getByText(bUser.name)).toBeVisible();
  await expect(skillGroup(bPage, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
  await expect(bPage.getByText(a.name)).toHaveCount(0);
  expect(problems).toEqual([]);
  await b.close();
});

// The network, not our server, fails here: the read never reaches it. Both shells say so in text,
// keep the same-size placeholder (no wrong or empty levels), and load the user's own on Try again.
test("when the read cannot be made, Skills and Dashboard say so and Try again loads the user's data", async ({ page }) => {
  const a = await signUpWithLevels(page);
  await page.route("**/api/me*", (route) => route.abort("internetdisconnected"));
  for (const path of ["/skills", "/dashboard"]) {
    await page.goto(path);
    const alert = page.getByRole("alert").filter({ has: page.getByRole("button", { name: "Try again" }) });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(a.name)).toHaveCount(0);
  }
  await page.unroute("**/api/me*");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: `Your readiness, ${a.name}` })).toBeVisible();
  await expectReadiness(page, { junior: 5, mid: 3, senior: 2 });
  await page.goto("/skills");
  await page.route("**/api/me*", (route) => route.abort("internetdisconnected"));
  await page.reload();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible({ timeout: 15_000 });
  await page.unroute("**/api/me*");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(skillGroup(page, "Git").getByRole("radio", { name: "Expert" })).toBeChecked();
});
