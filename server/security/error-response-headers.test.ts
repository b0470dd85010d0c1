import { createServer, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_SCRIPT_POLICY } from "@/server/security/csp.mjs";
import { guardErrorResponseHeaders } from "./error-response-headers";

let server: Server;
let base: string;
let undo: () => void;
const routes: Record<string, (res: ServerResponse) => void> = {
  "/bare-500": (res) => {
    res.statusCode = 500;
    res.end("Internal Server Error");
  },
  "/500-with-policy": (res) => {
    res.setHeader("Content-Security-Policy", "default-src 'self'");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.statusCode = 500;
    res.end("x");
  },
  "/404-headers-in-writehead": (res) => {
    res.writeHead(404, { "content-security-policy": "default-src 'none'" }).end();
  },
  "/raw-array-500": (res) => {
    res.writeHead(500, ["Content-Type", "text/plain"]).end("x");
  },
  "/ok": (res) => {
    res.end("fine");
  },
};

beforeAll(async () => {
  undo = guardErrorResponseHeaders();
  server = createServer((req, res) => routes[req.url ?? ""]?.(res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  undo();
  await new Promise((r) => server.close(r));
});

describe("guardErrorResponseHeaders", () => {
  it("adds the headers and a no-script policy to an error that has none", async () => {
    for (const path of ["/bare-500", "/raw-array-500"]) {
      const response = await fetch(base + path);
      expect(response.status).toBe(500);
      expect(response.headers.get("content-security-policy"), path).toBe(NO_SCRIPT_POLICY);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    }
    expect((await fetch(`${base}/raw-array-500`)).headers.get("content-type")).toBe("text/plain");
  });

  it("never replaces a header that was set, nor adds a second policy", async () => {
    const set = await fetch(`${base}/500-with-policy`);
    expect(set.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(set.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(set.headers.get("x-content-type-options")).toBe("nosniff");
    const passed = await fetch(`${base}/404-headers-in-writehead`);
    expect(passed.headers.get("content-security-policy")).toBe("default-src 'none'");
  });

  it("leaves successful responses alone", async () => {
    const response = await fetch(`${base}/ok`);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});
