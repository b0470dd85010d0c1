import { expect, test, type Request } from "@playwright/test";
import { logIn, logOut, signUp, uniqueEmail } from "./helpers";
import { queryDbAt } from "./db";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";

const ATTEMPTS = 40;
const ALLOWED = 5;
// Short enough to wait out, long enough that the whole burst lands inside the first lock.
const WINDOW_MS = 15_000;
const GUESS = "wrong-guess-00";

// Its own server, with a short log-in window and lock so the test can see them end.
test("40 simultaneous wrong passwords for one account: exactly 5 are checked, the rest are told to retry, then the real password works", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const database = await sharedDatabase("throttle");
  const at = databaseAt(database);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, { ...database.env, THROTTLE_LOGIN_WINDOW_MS: String(WINDOW_MS), THROTTLE_LOGIN_LOCK_MS: String(WINDOW_MS) });
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    const { email, password } = await signUp(page, { email: uniqueEmail("burst") });
    await logOut(page);

    // The browser's own log-in request, caught before it leaves: it is replayed, never sent itself.
    let caught: Request | undefined;
    await context.route("**/login*", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.continue();
      caught = request;
      return route.abort();
    });
    await logIn(page, email, GUESS);
    await expect.poll(() => caught).toBeDefined();
    await context.unroute("**/login*");
    const body = caught!.postDataBuffer()!.toString("utf8");
    expect(body).toContain(GUESS);
    const headers = Object.fromEntries(
      Object.entries(await caught!.allHeaders()).filter(([name]) => !["content-length", "host", "connection", "cookie"].includes(name)),
    );
    expect(headers["next-action"]).toBeTruthy();

    const replies = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const guess = `wrong-guess-${String(i).padStart(2, "0")}`;
        const response = await context.request.post(caught!.url(), {
          headers,
          data: Buffer.from(body.replaceAll(GUESS, guess), "utf8"),
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        return { status: response.status(), text: await response.text() };
      }),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(ATTEMPTS).fill(200));
    const checked = replies.filter((r) => r.text.includes("Invalid email or password"));
    const refused = replies.filter((r) => /Too many attempts\. Please try again in \d+ seconds\./.test(r.text));
    expect(checked).toHaveLength(ALLOWED);
    expect(refused).toHaveLength(ATTEMPTS - ALLOWED);

    // The counter holds exactly the attempts that were checked.
    const [row] = await queryDbAt<{ failures: number; window_start: number; locked_until: number }>(
      at,
      "select failures, window_start, locked_until from auth_throttle where key = ?",
      `login:acct:${email}`,
    );
    if (!row) throw new Error("no throttle row");
    // Milliseconds on SQLite, timestamps (Dates) on PostgreSQL.
    row.locked_until = Number(new Date(row.locked_until));
    row.window_start = Number(new Date(row.window_start));
    expect(row.failures).toBe(ALLOWED);
    expect(row.locked_until).toBeGreaterThan(Date.now());

    // Locked: even the right password is refused, without counting.
    await logIn(page, email, password);
    await expect(page.getByRole("alert")).toHaveText(/Too many attempts\. Please try again in \d+ seconds\./);

    // After the lock and the window, the real password works.
    const waitMs = Math.max(row.locked_until, row.window_start + WINDOW_MS) - Date.now() + 500;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    await logIn(page, email, password);
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(await queryDbAt(at, "select count(*) n from auth_throttle where key = ?", `login:acct:${email}`)).toEqual([{ n: 0 }]);
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    await database.drop();
  }
});
