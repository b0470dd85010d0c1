import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { logIn, logOut, makePublic, PASSWORD, setLevel, signUp, uniqueHandle } from "./helpers";
import { freePort, startServer, stop, waitUntilUp, type Server } from "./own-server";
import { sharedDatabase, type SharedDatabase } from "./shared-database";

// Two app processes, A and B, on one database (the SQLite file, or PostgreSQL when the suite runs
// on it). Each case is written through A and read through B on the very next request: no waiting,
// no polling. B's page is in B's own cache first (x-nextjs-cache: HIT), so only the shared tag
// expiry (server/security/cache-handler.mjs) can make B see the change. The badge is never cached:
// proxy.ts reads it from the database on every request (server/badge-read.ts).

test.describe.configure({ mode: "default" });

let database: SharedDatabase;
const servers: Server[] = [];
let A = "";
let B = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await sharedDatabase("multi");
  const ports = [await freePort(), await freePort()];
  // Started together on a new database: both apply the migrations at once, and neither may fail.
  for (const port of ports) servers.push(startServer(port, database.path, database.env));
  [A, B] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
  await Promise.all([waitUntilUp(A, servers[0]!), waitUntilUp(B, servers[1]!)]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => stop(s, "SIGTERM")));
  await database?.drop();
});

/** A signed-up user in a browser talking to A. */
async function userOnA(browser: Browser, name?: string) {
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  const user = await signUp(page, { name });
  return { context, page, ...user };
}

/**
 * A server's page, badge and JSON for a handle, read until the page comes from its cache (the badge
 * never does: it is read from the database each time).
 * Usually the second read hits; a third may be needed when the first read landed between the
 * owner's two expiry marks (server/profile-expiry.ts writes one more right after its response).
 */
async function cachedOn(base: string, request: APIRequestContext, handle: string, junior: number) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const page = await request.get(`${base}/u/${handle}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(`aria-valuenow="${junior}"`);
    const badge = await request.get(`${base}/u/${handle}/badge.svg`);
    expect(await badge.text()).toContain(`>Junior ${junior}%</text>`);
    const json = await request.get(`${base}/api/u/${handle}`);
    expect((await json.json()).readiness.junior.percent).toBe(junior);
    expect(badge.headers()["x-nextjs-cache"]).toBeUndefined();
    if (page.headers()["x-nextjs-cache"] === "HIT") return;
  }
  throw new Error(`${base}/u/${handle} never came from the cache in 5 reads`);
}

test("a profile switched to private on A answers 404 on B at once: page, badge and JSON", async ({ browser, request }) => {
  const { context, page } = await userOnA(browser, "Two Processes");
  const handle = uniqueHandle("mp-off");
  await makePublic(page, handle);
  await cachedOn(B, request, handle, 0);

  await page.getByRole("switch", { name: "Public profile" }).uncheck();
  await expect(page.getByRole("status")).toHaveText(/Your profile is private/);

  const profile = await request.get(`${B}/u/${handle}`);
  expect(profile.status()).toBe(404);
  expect(await profile.text()).not.toContain("Two Processes");
  expect(await (await request.get(`${B}/u/${handle}/badge.svg`)).text()).toContain(">private</text>");
  expect((await request.get(`${B}/api/u/${handle}`)).status()).toBe(404);
  await context.close();
});

test("a level change on A shows on B's profile page, badge and JSON, which B had cached", async ({ browser, request }) => {
  const { context, page } = await userOnA(browser);
  const handle = uniqueHandle("mp-level");
  await makePublic(page, handle);
  await cachedOn(B, request, handle, 0);

  await page.goto("/skills");
  await setLevel(page, "Linux Basics", "Beginner");

  const json = await (await request.get(`${B}/api/u/${handle}`)).json();
  expect(json.readiness.junior.percent).toBe(5);
  expect(json.skills).toContainEqual({ id: "linux-basics", name: "Linux Basics", level: 1 });
  expect(await (await request.get(`${B}/u/${handle}`)).text()).toContain('aria-valuenow="5"');
  expect(await (await request.get(`${B}/u/${handle}/badge.svg`)).text()).toContain(">Junior 5%</text>");
  // And the other way round: a change through B shows on A, whose cache had the old page.
  await cachedOn(A, request, handle, 5);
  const onB = await browser.newContext({ baseURL: B, storageState: await context.storageState() });
  const b = await onB.newPage();
  await b.goto("/skills");
  await setLevel(b, "Python Fundamentals", "Beginner");
  expect((await (await request.get(`${A}/api/u/${handle}`)).json()).readiness.junior.percent).toBe(10);
  expect(await (await request.get(`${A}/u/${handle}`)).text()).toContain('aria-valuenow="10"');
  expect(await (await request.get(`${A}/u/${handle}/badge.svg`)).text()).toContain(">Junior 10%</text>");
  await onB.close();
  await context.close();
});

test("log out on A kills the session cookie on B", async ({ browser }) => {
  const { context, page } = await userOnA(browser);
  const session = (await context.cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toBeDefined();
  const onB = await browser.newContext({ baseURL: B });
  await onB.addCookies([session!]);
  const b = await onB.newPage();
  await b.goto("/settings");
  await expect(b).toHaveURL(/\/settings$/);

  await logOut(page);

  await b.goto("/settings");
  await expect(b).toHaveURL(/\/login/);
  await onB.close();
  await context.close();
});

test("a log-in lock made on A holds on B, even for the right password", async ({ browser }) => {
  const { context, page, email } = await userOnA(browser);
  await logOut(page);
  for (let i = 0; i < 5; i++) {
    await logIn(page, email, `wrong password ${i}`);
    await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  }
  const onB = await browser.newContext({ baseURL: B });
  const b = await onB.newPage();
  await logIn(b, email, PASSWORD);
  await expect(b.getByRole("alert")).toHaveText(/Too many attempts\. Please try again in \d+ (seconds|minutes?)\./);
  await onB.close();
  await context.close();
});
