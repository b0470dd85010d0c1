import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";

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
  const dir = mkdtempSync(join(tmpdir(), "rungs-health-"));
  const databasePath = join(dir, "health.db");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, databasePath);
  try {
    await waitUntilUp(base, server);
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
    const blocker = new Database(databasePath);
    blocker.exec("BEGIN IMMEDIATE");
    try {
      const started = Date.now();
      const locked = await request.get(`${base}/api/health`, { failOnStatusCode: false });
      expect(locked.status()).toBe(503);
      expect(await locked.text()).toBe("unavailable");
      expect(locked.headers()["cache-control"]).toBe("no-store");
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      blocker.exec("ROLLBACK");
      blocker.close();
    }
    const again = await request.get(`${base}/api/health`);
    expect(again.status()).toBe(200);
    expect(await again.text()).toBe("ok");
    expect(server.output.join("")).toContain("health: the database is unavailable: ");
  } finally {
    await stop(server, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
});
