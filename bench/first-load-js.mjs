import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT_TAG = /<script\b[^>]*>/g;
const SRC = /\ssrc="([^"]+)"/;
// Polyfills behind nomodule are never fetched by the browsers Next supports.
const NO_MODULE = /\snomodule\b/i;

function scriptSources(html) {
  const sources = [];
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    const src = tag.match(SRC)?.[1];
    if (src && !NO_MODULE.test(tag)) sources.push(src.replaceAll("&amp;", "&"));
  }
  return [...new Set(sources)];
}

/** Gzipped size of a built chunk, the way Next's build output used to report it. */
function gzipBytes(root, src) {
  const { pathname } = new URL(src, "http://localhost");
  const file = join(root, ".next", decodeURIComponent(pathname.replace(/^\/_next\//, "")));
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * First-load JavaScript per route: the chunks the served HTML loads with <script src>, summed
 * gzipped from .next/static. Inline RSC payload scripts and nomodule polyfills are left out, as in Next's own figure.
 */
export async function measureFirstLoadJs(root, baseUrl, routes) {
  const out = [];
  for (const { route, path, cookie } of routes) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
    if (!response.ok) throw new Error(`first-load JS: ${path} answered HTTP ${response.status}`);
    const html = await response.text();
    const chunks = scriptSources(html).filter((src) => new URL(src, baseUrl).pathname.startsWith("/_next/static/"));
    const bytes = chunks.reduce((sum, src) => sum + gzipBytes(root, src), 0);
    out.push({ route, chunks: chunks.length, gzipKb: bytes / 1000 });
  }
  return out;
}
