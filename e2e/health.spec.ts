import { expect, test } from "@playwright/test";
import { lockDatabase } from "./db";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";

test("GET /api/health: 200 ok, plain text, never cached, with the security headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await request.post("/api/health", { failOnStatusCode: false })).status()).toBe(405);
});

// Its own server and database: holding the write lock must not stall the other tests.
test("a locked database: 503 unavailable within about a second, not the 5 s busy timeout, then 200 again", async ({ request }) => {
  test.setTimeout(150_000);
  const database = await sharedDatabase("health");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, database.env);
  try {
    await waitUntilUp(base, server);
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
    const lock = await lockDatabase(databaseAt(database));
    try {
      const started = Date.now();
      const locked = await request.get(`${base}/api/health`, { failOnStatusCode: false });
      expect(locked.status()).toBe(503);
      expect(await locked.text()).toBe("unavailable");
      expect(locked.headers()["cache-control"]).toBe("no-store");
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      await lock.release();
    }
    const again = await request.get(`${base}/api/health`);
    expect(again.status()).toBe(200);
    expect(await again.text()).toBe("ok");
    expect(server.output.join("")).toContain("health: the database is unavailable: ");
  } finally {
    await stop(server, "SIGTERM");
    await database.drop();
  }
});
