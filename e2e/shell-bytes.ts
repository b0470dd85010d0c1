import { createHash } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Shared by the specs of the cached shells (Skills, Dashboard): one page for everyone, served
// from the cache under a hash-based CSP.

export const cookieHeader = (cookies: { name: string; value: string }[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The shell at `path` as each cookie header gets it ("" for a visitor): every answer a 200 under a
 * policy with no nonce that allows each inline script by its hash. Returns the bodies, in order.
 */
export async function shellBodies(request: APIRequestContext, path: string, cookies: readonly string[]): Promise<string[]> {
  const bodies: string[] = [];
  for (const cookie of cookies) {
    const response = await request.get(path, { headers: cookie ? { Cookie: cookie } : {} });
    expect(response.status()).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).not.toContain("nonce-");
    const html = await response.text();
    for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\bsrc=/.test(attributes ?? "")) expect(csp).toContain(hashOf(text ?? ""));
    }
    bodies.push(html);
  }
  return bodies;
}

/** The console errors and uncaught errors of a page from now on (a CSP violation is one). */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}
