import { expect, test } from "@playwright/test";
import { userIdByEmail } from "./db";
import { collectDialogs, makePublic, setLevel, signUp, uniqueHandle } from "./helpers";

const HOSTILE_NAME = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;

test("a public profile shows name, readiness and levels, as text, to a logged-out visitor", async ({ page, browser }) => {
  const { email } = await signUp(page, { name: HOSTILE_NAME.slice(0, 60) });
  await setLevel(page, "Python Fundamentals", "Expert");
  await setLevel(page, "Kubernetes", "Beginner");
  const handle = uniqueHandle("pub");
  await makePublic(page, handle);

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  const dialogs = collectDialogs(v);
  const response = await v.goto(`/u/${handle}`);
  expect(response?.status()).toBe(200);
  await expect(v.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_NAME.slice(0, 60));
  // Junior 2/20 = 10 %, Mid 4/59 = 6 %, Senior 4/102 = 3 %.
  await expect(v.getByRole("progressbar", { name: "Junior readiness" })).toHaveAttribute("aria-valuenow", "10");
  await expect(v.getByRole("progressbar", { name: "Mid readiness" })).toHaveAttribute("aria-valuenow", "6");
  await expect(v.getByRole("progressbar", { name: "Senior readiness" })).toHaveAttribute("aria-valuenow", "3");
  await expect(v.getByText("Highest tier reached:")).toContainText("none yet");
  await expect(v.getByRole("heading", { name: "Container" + "s & Orchestration" })).toBeVisible();
  await expect(v.getByRole("definition").filter({ hasText: "Expert" })).toHaveCount(1);

  const html = await response!.text();
  expect(html).not.toContain(email);
  expect(html).not.toContain(await userIdByEmail(email));
  expect(html).not.toContain("<script>alert(1)");
  expect(html).not.toContain("<img src=x");
  await expect(v).toHaveTitle(/<script>alert\(1\)<\/script>/);
  const ogTitle = v.locator('meta[property="og:title"]');
  await expect(ogTitle).toHaveAttribute("content", /^<script>alert\(1\)<\/script>/);
  await expect(v.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ogImage = await v.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toBeTruthy();
  const image = await v.request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(dialogs).toEqual([]);
  await visitor.close();
});

test("a level change shows on the public profile at the next request", async ({ page, request }) => {
  await signUp(page);
  const handle = uniqueHandle("live");
  await makePublic(page, handle);
  expect(await (await request.get(`/api/u/${handle}`)).json()).toMatchObject({ readiness: { junior: { percent: 0 } } });
  // Viewed once first, so the page is in the server's cache when the level changes (the badge is read fresh).
  expect(await (await request.get(`/u/${handle}`)).text()).toContain('aria-valuenow="0"');
  expect(await (await request.get(`/u/${handle}/badge.svg`)).text()).toContain(">Junior 0%</text>");
  await page.goto("/skills");
  await setLevel(page, "Linux Basics", "Beginner");
  await expect
    .poll(async () => (await (await request.get(`/api/u/${handle}`)).json()).readiness.junior.percent, { timeout: 2000 })
    .toBe(5);
  const html = await (await request.get(`/u/${handle}`)).text();
  expect(html).toContain('aria-valuenow="5"');
  expect(await (await request.get(`/u/${handle}/badge.svg`)).text()).toContain(">Junior 5%</text>");
});

test("Copy link puts the profile URL on the clipboard and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  const handle = uniqueHandle("copy");
  await makePublic(page, handle);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status")).toHaveText(/Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/u/${handle}`);
  await expect(page.getByLabel("Badge Markdown")).toHaveValue(
    `[![Back-end readiness](${baseURL}/u/${handle}/badge.svg)](${baseURL}/u/${handle})`,
  );
});

test("switching the profile off answers the same 404 as an unknown handle, at once", async ({ page, request }) => {
  await signUp(page, { name: "Private Person" });
  const handle = uniqueHandle("off");
  await makePublic(page, handle);
  expect((await request.get(`/u/${handle}`)).status()).toBe(200);
  expect((await request.get(`/api/u/${handle}`)).status()).toBe(200);
  expect(await (await request.get(`/u/${handle}/badge.svg`)).text()).toContain(">Junior 0%</text>");

  await page.getByRole("switch", { name: "Public profile" }).uncheck();
  await expect(page.getByRole("status")).toHaveText(/Your profile is private/);

  const off = await request.get(`/u/${handle}`);
  const unknown = await request.get(`/u/${uniqueHandle("nobody")}`);
  expect(off.status()).toBe(404);
  expect(unknown.status()).toBe(404);
  const strip = (s: string) => s.replace(/\/u\/[a-z0-9-]+/g, "").replace(/"buildId":"[^"]*"/g, "");
  const offHtml = await off.text();
  expect(offHtml).not.toContain("Private Person");
  expect(strip(offHtml).length).toBeGreaterThan(0);
  expect((await request.get(`/api/u/${handle}`)).status()).toBe(404);
  const badge = await request.get(`/u/${handle}/badge.svg`);
  expect(badge.status()).toBe(200);
  expect(await badge.text()).toContain(">private</text>");
});

test("handle rules: reserved, malformed and taken handles are refused; a changed handle is freed", async ({ page, browser }) => {
  await signUp(page);
  await page.goto("/settings");
  const handleInput = page.getByLabel("Handle");
  const save = page.getByRole("button", { name: "Save profile" });

  for (const [value, message] of [
    ["admin", "That handle is reserved"],
    ["Settings", "That handle is reserved"],
    ["ab", "at least 3"],
    ["no spaces", "Use only letters"],
    ["under_score", "Use only letters"],
  ] as const) {
    await handleInput.fill(value);
    await save.click();
    await expect(page.getByRole("alert")).toContainText(message);
  }

  const first = uniqueHandle("first");
  await handleInput.fill(first.toUpperCase());
  await save.click();
  await expect(page.getByRole("status")).toHaveText(/Saved/);
  await expect(handleInput).toHaveValue(first);

  const other = await browser.newContext();
  const o = await other.newPage();
  await signUp(o);
  await o.goto("/settings");
  await o.getByLabel("Handle").fill(first);
  await o.getByRole("button", { name: "Save profile" }).click();
  await expect(o.getByRole("alert")).toContainText("That handle is taken");

  const second = uniqueHandle("second");
  await handleInput.fill(second);
  await save.click();
  await expect(page.getByRole("status")).toHaveText(/Saved/);

  await o.getByLabel("Handle").fill(first);
  await o.getByRole("button", { name: "Save profile" }).click();
  await expect(o.getByRole("status")).toHaveText(/Saved/);
  await other.close();
});

test("the badge is an SVG with cache headers, and the JSON API is open to other sites", async ({ page, request }) => {
  await signUp(page, { name: "Badge Owner" });
  await setLevel(page, "Linux Basics", "Beginner");
  const handle = uniqueHandle("badge");
  await makePublic(page, handle);

  const badge = await request.get(`/u/${handle}/badge.svg`);
  expect(badge.status()).toBe(200);
  expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(badge.headers()["cache-control"]).toContain("must-revalidate");
  const svg = await badge.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain(">Junior 5%</text>");
  await expect(page.getByRole("img", { name: "Your readiness badge" })).toBeVisible();

  const api = await request.get(`/api/u/${handle}`, { headers: { Origin: "https://portfolio.example" } });
  expect(api.status()).toBe(200);
  expect(api.headers()["access-control-allow-origin"]).toBe("*");
  const body = await api.json();
  expect(body).toMatchObject({
    handle,
    name: "Badge Owner",
    readiness: { junior: { percent: 5, ready: false }, mid: { percent: 1, ready: false }, senior: { percent: 0, ready: false } },
  });
  expect(body.skills).toHaveLength(34);
  expect(body.skills).toContainEqual({ id: "linux-basics", name: "Linux Basics", level: 1 });
  expect(JSON.stringify(body)).not.toMatch(/@example\.com|password|email/);

  const preflight = await request.fetch(`/api/u/${handle}`, { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});
