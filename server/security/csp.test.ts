import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, noncePolicy, sha256Source } from "./csp.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes the exact text of each inline script and skips scripts loaded by src", () => {
    const html =
      `<html><head><script>var a="é";</script><script src="/_next/static/chunks/a.js" async=""></script></head>` +
      `<body><script id="x" nonce="n">self.__next_f.push([1,"\\u003c/script"])</script><script></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(`var a="é";`), sha(`self.__next_f.push([1,"\\u003c/script"])`), sha("")]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes(`<p>script</p><script src=x.js></script>`)).toEqual([]);
  });
});

describe("policies", () => {
  it("a nonce policy names the nonce, fixed hashes and strict-dynamic, never unsafe-inline", () => {
    const policy = noncePolicy("abc123", [sha256Source("x")]);
    expect(policy).toContain(`script-src 'self' 'nonce-abc123' ${sha("x")} 'strict-dynamic'`);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(noncePolicy("abc123", [], true)).toContain("'unsafe-eval'");
  });

  it("forms may go to this origin and, on pages rendered per request, to the sign-in providers' origins", () => {
    expect(noncePolicy("n")).toMatch(/form-action 'self'(;|$)/);
    expect(noncePolicy("n", [], false, ["https://github.com", "https://id.example", "https://github.com"])).toContain(
      "form-action 'self' https://github.com https://id.example",
    );
    expect(noncePolicy("n", [], false, ["https://github.com"]).match(/form-action/g)).toHaveLength(1);
    expect(hashPolicy([])).toContain("form-action 'self'");
  });

  it("a hash policy lists each hash once and keeps the other directives", () => {
    const policy = hashPolicy([sha("a"), sha("b"), sha("a")]);
    expect(policy).toContain(`script-src 'self' ${sha("a")} ${sha("b")};`);
    for (const directive of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "default-src 'self'"]) {
      expect(policy).toContain(directive);
    }
  });
});
