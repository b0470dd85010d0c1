import { expect, test } from "@playwright/test";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { signUp } from "./helpers";
import { execDbAt } from "./db";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";

// Sent with node:http, byte for byte: fetch, URL and Playwright's request would re-encode a stray
// "%" or invalid UTF-8 and test something else.

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

function raw(base: string, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout on ${path.slice(0, 80)}`)));
    req.end();
  });
}

function expectSecurityHeaders(reply: Reply, what: string) {
  const h = reply.headers;
  expect(h["content-security-policy"], `${what}: CSP`).toMatch(/frame-ancestors 'none'/);
  expect(h["content-security-policy"], `${what}: CSP`).toMatch(/object-src 'none'/);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
}

const LONG = "a".repeat(10_000);
const MALFORMED: [string, string][] = [
  ["stray % as the whole path", "/%"],
  ["stray % in a skill", "/skills/%"],
  ["stray % in the query", "/?q=%"],
  ["invalid UTF-8 at the root (the catch-all)", "/%ff"],
  ["invalid UTF-8 in a skill", "/skills/%ff"],
  ["invalid UTF-8 in a profile (a cached page)", "/u/%ff"],
  ["invalid UTF-8 in a badge", "/u/%ff/badge.svg"],
  ["truncated UTF-8 in the JSON API", "/api/u/%E0%A4%A"],
  ["invalid UTF-8 in the query", "/?q=%ff"],
  ["invalid UTF-8 in the log-in page's callbackUrl", "/login?callbackUrl=%2F%ff"],
  ["overlong UTF-8 for '/'", "/u/%C0%AFetc"],
  ["invalid UTF-8 under /_next/static", "/_next/static/%ff"],
  ["an encoded NUL", "/%00"],
  ["an encoded NUL inside a handle", "/u/a%00b"],
  ["an encoded NUL in the query", "/skills?x=a%00b"],
  ["a 10,000-character segment", `/${LONG}`],
  ["a 10,000-character handle", `/u/${LONG}`],
  ["a 10,000-character query", `/?q=${LONG}`],
];

test.describe("a malformed address gets a 400 with the security headers, never a 500", () => {
  for (const [title, path] of MALFORMED) {
    test(title, async ({ baseURL }) => {
      const reply = await raw(baseURL!, path);
      expect(reply.status, path.slice(0, 60)).toBe(400);
      expectSecurityHeaders(reply, path.slice(0, 60));
      expect(reply.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(reply.headers["cache-control"]).toBe("no-store");
      expect(reply.body).toBe("Bad request: this address is malformed.");
    });
  }

  test("any method, and HSTS when the request came over https", async ({ baseURL }) => {
    for (const method of ["HEAD", "POST", "PUT", "DELETE", "OPTIONS"]) {
      const reply = await raw(baseURL!, "/skills/%ff", { method });
      expect(reply.status, method).toBe(400);
      expectSecurityHeaders(reply, method);
    }
    const overHttps = await raw(baseURL!, "/u/%ff", { headers: { "X-Forwarded-Proto": "https" } });
    expect(overHttps.status).toBe(400);
    expect(overHttps.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  test("well-formed neighbours still work: encoded text, a literal %25, an unknown page", async ({ baseURL }) => {
    for (const [path, status] of [
      ["/?q=100%25+sure", 200],
      ["/?q=%E2%82%AC", 200],
      ["/login?callbackUrl=%2Fsettings", 200],
      ["/u/%C3%A9t%C3%A9", 404],
      ["/no-such-page", 404],
      [`/u/${"a".repeat(255)}`, 404],
    ] as const) {
      const reply = await raw(baseURL!, path);
      expect(reply.status, path.slice(0, 60)).toBe(status);
      expectSecurityHeaders(reply, path.slice(0, 60));
    }
  });

  test("beyond Node's 16 KB header limit, Node itself answers 431 with no body, before any app code", async ({ baseURL }) => {
    const reply = await raw(baseURL!, `/?q=${"a".repeat(20_000)}`);
    expect(reply.status).toBe(431);
    expect(reply.body).toBe("");
  });
});

// Its own server and database: the test breaks the database on purpose.
test("a page, a cached page and a route handler that throw answer 500 with the security headers", async ({ browser }) => {
  test.setTimeout(150_000);
  const database = await sharedDatabase("broken");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, database.env);
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    await signUp(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    // Every query that touches users now throws "no such table": a real bug, not an expected failure.
    await execDbAt(databaseAt(database), "ALTER TABLE users RENAME TO users_gone");

    for (const [what, path, headers] of [
      ["a page rendered per request", "/settings", { Cookie: cookie }],
      ["a cached page (public profile)", "/u/nobody-at-all", {}],
      ["a route handler (JSON API)", "/api/u/nobody-at-all", {}],
    ] as [string, string, Record<string, string>][]) {
      const reply = await raw(base, path, { headers });
      expect(reply.status, what).toBe(500);
      expectSecurityHeaders(reply, what);
    }
  } finally {
    await context.close();
    await stop(server, "SIGTERM");
    await database.drop();
  }
});
