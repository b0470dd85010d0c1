// Plain JavaScript on purpose: server/security/cache-handler.mjs is loaded by Node at run time, outside the
// bundler, and must build exactly the same policy as proxy.ts. Types are in csp.d.mts.
import { createHash } from "node:crypto";

const OTHER_DIRECTIVES = [
  // Inline style attributes (progress bar widths) only; no inline scripts anywhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

/**
 * Where forms may go. A form whose answer redirects elsewhere (a "Continue with GitHub" button
 * without JavaScript: our server action answers 303 to the provider) is checked against this too.
 */
function formAction(origins = []) {
  return ["form-action 'self'", ...new Set(origins)].join(" ");
}

/** For responses that are never an HTML page (assets, images, JSON): nothing may run. */
export const NO_SCRIPT_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The CSP source expression for one inline script: 'sha256-…' of its exact text. */
export function sha256Source(scriptText) {
  return `'sha256-${createHash("sha256").update(scriptText, "utf8").digest("base64")}'`;
}

/**
 * For pages rendered per request: Next.js puts this nonce on its own scripts, and 'strict-dynamic'
 * lets them load the chunks they need. `hashes` allow fixed inline scripts that carry no nonce;
 * `formOrigins` are the sign-in providers' origins a form may be redirected to.
 */
export function noncePolicy(nonce, hashes = [], dev = false, formOrigins = []) {
  const script = ["'self'", `'nonce-${nonce}'`, ...hashes, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
  return [`default-src 'self'`, `script-src ${script.join(" ")}`, ...OTHER_DIRECTIVES, formAction(formOrigins)].join("; ");
}

/**
 * For pages served from the cache: the same HTML goes to everyone, so no nonce can be fresh.
 * Each of the page's own inline scripts is allowed by its hash, and files only from this origin.
 */
export function hashPolicy(hashes) {
  const script = ["'self'", ...new Set(hashes)];
  return [`default-src 'self'`, `script-src ${script.join(" ")}`, ...OTHER_DIRECTIVES, formAction()].join("; ");
}

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** Hash sources for every inline script in an HTML document (scripts with src are covered by 'self'). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes ?? "")) continue;
    hashes.push(sha256Source(text ?? ""));
  }
  return hashes;
}
