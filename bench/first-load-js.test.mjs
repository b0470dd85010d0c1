import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureFirstLoadJs } from "./first-load-js.mjs";

const CHUNKS = { "a.js": "console.log('a');".repeat(200), "b.js": "export const b = 1;".repeat(50), "poly.js": "polyfill();".repeat(400) };
const PAGE = `<!DOCTYPE html><html><head>
<script src="/_next/static/chunks/a.js" async=""></script>
<script src="/_next/static/chunks/poly.js" noModule=""></script>
<script>self.__next_f.push([1,"inline payload"])</script>
</head><body><script src="/_next/static/chunks/b.js?dpl=x&amp;v=1"></script><script src="/_next/static/chunks/a.js"></script>
<script src="https://example.com/analytics.js"></script></body></html>`;

describe("measureFirstLoadJs", () => {
  let root;
  let server;
  let baseUrl;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "rungs-first-load-"));
    mkdirSync(join(root, ".next/static/chunks"), { recursive: true });
    for (const [name, text] of Object.entries(CHUNKS)) writeFileSync(join(root, ".next/static/chunks", name), text);
    server = createServer((req, res) => {
      if (req.url === "/private" && req.headers.cookie !== "session=1") {
        res.writeHead(307, { Location: "/login" }).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "text/html" }).end(PAGE);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${server.address().port}`;
  });

  afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("sums each script the page loads once, gzipped, leaving out nomodule and inline scripts", async () => {
    const [result] = await measureFirstLoadJs(root, baseUrl, [{ route: "/", path: "/" }]);
    const expected = ["a.js", "b.js"].reduce((sum, name) => sum + gzipSync(CHUNKS[name], { level: 9 }).length, 0);
    expect(result).toEqual({ route: "/", chunks: 2, gzipKb: expected / 1000 });
  });

  it("sends the cookie it is given and fails on a redirect instead of measuring the login page", async () => {
    const [signedIn] = await measureFirstLoadJs(root, baseUrl, [{ route: "/private", path: "/private", cookie: "session=1" }]);
    expect(signedIn.chunks).toBe(2);
    await expect(measureFirstLoadJs(root, baseUrl, [{ route: "/private", path: "/private" }])).rejects.toThrow(/HTTP 307/);
  });
});
