// Next.js's own file-system cache for rendered pages, plus one thing: every cached HTML page gets a
// Content-Security-Policy that allows exactly its own inline scripts by hash. A nonce cannot work for
// a page that is rendered once and served to everyone, and without this the landing page and public
// profiles would have to render on every request (see proxy.ts, which leaves their CSP to us).
// Loaded by Node at run time (next.config.ts `cacheHandler`), so plain JavaScript.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashPolicy, inlineScriptHashes } from "./csp.mjs";

// Node hands over module.exports; the bundler (which also builds this into proxy.ts) the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const CSP_HEADER = "content-security-policy";

/** Adds the hash policy to a cached page's headers, in place: Next serves these headers with it. */
function withPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  value.headers ??= {};
  if (!value.headers[CSP_HEADER]) value.headers[CSP_HEADER] = hashPolicy(inlineScriptHashes(value.html));
  return value;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  // On a miss Next answers the first request with the very object it stores here, so adding the
  // header before storing covers that response too.
  async set(key, data, ctx) {
    withPolicy(data);
    // Unknown and private profiles are not kept: anyone can invent handles, and the cache is for
    // pages people share.
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
