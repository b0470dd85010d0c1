import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectReadiness, setLevel, signUp } from "./helpers";
import { layoutShift, PHONE_AND_DESKTOP } from "./layout-shift";
import { cookieHeader, recordProblems, shellBodies } from "./shell-bytes";

// /dashboard is one page served from the cache to everyone, like /skills (cached-shell.spec.ts); the
// user's numbers come from GET /api/me?view=dashboard, the one read the header shares.

const READ = "/api/me?view=dashboard";

async function signUpWithLevels(page: Page) {
  const name = `Dashcheck ${randomUUID().slice(0, 8)}`;
  const { email, password } = await signUp(page, { name });
  await setLevel(page, "Git", "Expert");
  return { name, email, password };
}

/** Every request the page makes to GET /api/me (any view), by path and query. */
function recordReads(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/me") seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

test("a visitor loading the Dashboard right after a user's view gets the guest's, nothing of the user's", async ({ page, browser, baseURL }) => {
  const a = await signUpWithLevels(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: `Your readiness, ${a.name}` })).toBeVisible();
  await expectReadiness(page, { junior: 5, mid: 3, senior: 2 });

  const visitor = await browser.newContext({ baseURL });
  const v = await visitor.newPage();
  const html = await (await v.goto("/dashboard"))!.text();
  for (const secret of [a.name, a.email]) expect(html).not.toContain(secret);
  await expect(v.getByText("Guest mode")).toBeVisible();
  await expectReadiness(v, { junior: 0, mid: 0, senior: 0 });
  await expect(v.getByRole("heading", { name: "Your readiness", exact: true })).toBeVisible();
  await expect(v.getByText(a.name)).toHaveCount(0);
  await expect(v.getByRole("button", { name: "Log out" })).toHaveCount(0);
  await visitor.close();
});

test("the Dashboard is the same bytes for two users and a visitor, under a hash CSP, with one JSON read per view", async ({ page, browser, baseURL, request }) => {
  const a = await signUpWithLevels(page);
  const b = await browser.newContext({ baseURL });
  const bPage = await b.newPage();
  const bUser = await signUpWithLevels(bPage);
  const bodies = await shellBodies(request, "/dashboard", [cookieHeader(await page.context().cookies()), cookieHeader(await b.cookies()), ""]);
  expect(bodies[1]).toBe(bodies[0]);
  expect(bodies[2]).toBe(bodies[0]);
  for (const secret of [a.name, a.email, bUser.name, bUser.email]) expect(bodies[0]).not.toContain(secret);
  // The read starts with the document: preloaded in its head, at the URL the page fetches.
  expect(bodies[0]).toMatch(/<link rel="preload" href="\/api\/me\?view=dashboard" as="fetch"/);

  const problems = recordProblems(bPage);
  const reads = recordReads(bPage);
  await bPage.goto("/dashboard", { waitUntil: "networkidle" });
  await expect(bPage.getByRole("heading", { name: `Your readiness, ${bUser.name}` })).toBeVisible();
  await expect(bPage.getByRole("button", { name: "Log out" })).toBeVisible();
  await expectReadiness(bPage, { junior: 5, mid: 3, senior: 2 });
  await expect(bPage.getByText(a.name)).toHaveCount(0);
  // One read for the header and the page together, not /api/me plus another.
  expect(reads).toEqual([READ]);
  expect(problems).toEqual([]);

  // Another page prefetching /dashboard (the Main navigation) does not make its read.
  reads.length = 0;
  await bPage.goto("/skills", { waitUntil: "networkidle" });
  await bPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).hover();
  await bPage.waitForLoadState("networkidle");
  expect(reads).toEqual(["/api/me"]);
  // Navigating there on the client makes exactly the Dashboard's read.
  await bPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expectReadiness(bPage, { junior: 5, mid: 3, senior: 2 });
  expect(reads).toEqual(["/api/me", READ]);
  await b.close();
});

test("GET /api/me?view=dashboard: null without a live session, the user's numbers with one, never for a shared cache", async ({ page, request }) => {
  const a = await signUpWithLevels(page);
  const cookie = cookieHeader(await page.context().cookies());
  const mine = await request.get(READ, { headers: { Cookie: cookie } });
  expect(mine.status()).toBe(200);
  expect(mine.headers()["cache-control"]).toBe("private, no-store");
  const body = await mine.json();
  expect(body).toMatchObject({ name: a.name, email: a.email, levels: { git: 3 }, dashboard: { goal: null, pace: null, mapTier: "junior" } });
  expect(Object.keys(body).sort()).toEqual(["dashboard", "email", "emailVerified", "id", "levels", "mailOff", "name"]);
  expect(Object.keys(body.dashboard).sort()).toEqual(["goal", "history", "learnNext", "mapTier", "pace", "readiness"]);
  expect(body.dashboard.readiness.junior.percent).toBe(5);

  const unknown = await request.get("/api/me?view=settings", { headers: { Cookie: cookie } });
  expect(unknown.status()).toBe(400);
  expect(unknown.headers()["cache-control"]).toBe("private, no-store");

  const forged: Record<string, string>[] = [
    {},
    { Cookie: "authjs.session-token=forged" },
    { Cookie: cookie.replace(/(authjs\.session-token=)([^;]{8})/, "$1AAAAAAAA") },
  ];
  // 200 and null, not 401: every visitor of the shell asks, and a 401 is a console error in the browser.
  for (const headers of forged) {
    const response = await request.get(READ, { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(await response.text()).toBe("null");
  }
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const replayed = await request.get(READ, { headers: { Cookie: cookie } });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toBe("null");
  expect(replayed.headers()["cache-control"]).toBe("private, no-store");
});

test("the Dashboard's numbers arrive without moving anything (no layout shift), on a phone and a desktop", async ({ page }) => {
  await signUpWithLevels(page);
  await setLevel(page, "Python Fundamentals", "Intermediate");
  await page.goto("/dashboard");
  const goal = page.getByRole("region", { name: "Goal and pace" });
  await goal.getByLabel("Target tier").selectOption({ label: "Mid" });
  await goal.getByLabel("Target date").fill("2099-01-01");
  await goal.getByRole("button", { name: "Set goal" }).click();
  await expect(goal.getByRole("button", { name: "Update goal" })).toBeVisible();
  // Held back a little, so the placeholder is surely drawn before the numbers replace it.
  await page.route("**/api/me?view=dashboard", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  for (const viewport of PHONE_AND_DESKTOP) {
    await page.setViewportSize(viewport);
    await page.goto("/dashboard");
    await expect(page.getByRole("progressbar", { name: "Junior readiness" })).not.toHaveAttribute("aria-valuenow", "0");
    await page.waitForTimeout(300);
    expect(await layoutShift(page), `layout shift at ${viewport.width}×${viewport.height}`).toBe(0);
  }
});

test("a visitor's header and guest pages arrive without moving anything either, on a phone and a desktop", async ({ page }) => {
  // The read's null held back, so the shell's reserved header is surely drawn before the guest's links replace it.
  await page.route("**/api/me*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  for (const path of ["/dashboard", "/skills"]) {
    for (const viewport of PHONE_AND_DESKTOP) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.getByRole("banner").getByRole("link", { name: "Sign up", exact: true })).toBeVisible();
      await page.waitForTimeout(300);
      expect(await layoutShift(page), `layout shift on ${path} at ${viewport.width}×${viewport.height}`).toBe(0);
    }
  }
});
