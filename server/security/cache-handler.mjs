// Next.js's own file-system cache for rendered pages, plus two things:
// 1. Every cached HTML page gets a Content-Security-Policy that allows exactly its own inline
//    scripts by hash. A nonce cannot work for a page that is rendered once and served to everyone,
//    and without this the landing page and public profiles would have to render on every request
//    (see proxy.ts, which leaves their CSP to us).
// 2. Tag expiry is shared by every process on the database, as OpenNext does: revalidateTag also
//    writes the tag's marks to the cache_tag_expiry table, and every cache hit reads its tags' marks
//    from there (one primary-key lookup) into Next's tags manifest before Next's own check. So an
//    entry older than an expiry made by any process is a miss: it re-renders.
// Loaded by Node at run time (next.config.ts `cacheHandler`), so plain JavaScript. The database is
// reached through the store instrumentation.ts installs (server/tag-expiry-store.ts, over db/):
// no dialect code here. Without one (next build, unit tests) expiry stays in this process.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import etagModule from "next/dist/server/lib/etag.js";
import { hashPolicy, inlineScriptHashes } from "./csp.mjs";

// Node hands over module.exports; the bundler (which also builds this into proxy.ts) the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const { tagsManifest, areTagsExpired, areTagsStale } = tagsManifestModule.default ?? tagsManifestModule;
const { generateETag } = etagModule.default ?? etagModule;
const CSP_HEADER = "content-security-policy";
const TAGS_HEADER = "x-next-cache-tags";
/** Where instrumentation.ts puts the shared store: { read(tags), write(entries) } (see cache-handler.d.mts). */
export const TAG_EXPIRY_STORE = Symbol.for("rungs.tag-expiry-store");
/** Where this module puts the public profiles it has served from the cache, for proxy.ts (PROFILE_PAGES in served-profile.ts). */
export const PROFILE_PAGES = Symbol.for("rungs.profile-pages");
// Next's key for a page: /route-cache/APP_PAGE/<sha256 of the route's source>/$<pathname>.
const PAGE_KEY_PREFIX = "/route-cache/APP_PAGE/";
const PROFILE_PATH = /^\/u\/[^/]+$/;

/** The pathname of a public profile page's cache key, or null for any other key. */
export function profilePathOf(key) {
  if (typeof key !== "string" || !key.startsWith(PAGE_KEY_PREFIX)) return null;
  const at = key.indexOf("/$", PAGE_KEY_PREFIX.length);
  const pathname = at === -1 ? null : key.slice(at + 2);
  return pathname !== null && PROFILE_PATH.test(pathname) ? pathname : null;
}
// A second copy of each profile page (as bytes, beside Next's string): bounded, least recently used out.
const PROFILE_PAGES_MAX_BYTES = 32 * 1024 * 1024;

/** Adds the hash policy to a cached page's headers, in place: Next serves these headers with it. */
function withPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  value.headers ??= {};
  if (!value.headers[CSP_HEADER]) value.headers[CSP_HEADER] = hashPolicy(inlineScriptHashes(value.html));
  return value;
}

/** The tags Next checks for this entry: a response's from its stored header, data's from the request (explicit and implicit). */
function tagsOf(value, ctx) {
  if (value.kind === "FETCH") return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

function sharedStore() {
  return globalThis[TAG_EXPIRY_STORE];
}

const later = (a, b) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** Merges marks read from the database into this process's manifest; a newer local mark is kept. */
function remember({ tag, stale, expired }) {
  const local = tagsManifest.get(tag) ?? {};
  tagsManifest.set(tag, { ...local, stale: later(local.stale, stale), expired: later(local.expired, expired) });
}

/**
 * 3. Public profiles, served by proxy.ts without Next's page pipeline. Next answers a cached page
 *    by hashing the whole body for its ETag and encoding the string to bytes on every request; a
 *    profile is 10–20 times the landing page, so that, not rendering, was most of its cost. A page
 *    this handler has just given Next as a valid hit is kept here as bytes with its ETag, and
 *    `lookup` gives it to the proxy after the same check as get() below (every process's tag marks,
 *    read from the database on each request), treating a stale mark as expired too. Anything that
 *    is not a plain valid hit (a miss, an expired or stale entry, a re-render storing a new one)
 *    falls through to Next, which renders and stores as before.
 */
// Next also builds this file into proxy.ts's bundle: two copies of this module in one process. The
// kept pages live on globalThis, made by whichever copy loads first, so both copies share them.
const kept = (globalThis[PROFILE_PAGES] ??= { pages: new Map(), bytes: 0, lookup: lookupProfilePage });
const profilePages = kept.pages;

function forgetProfilePage(key) {
  const pathname = profilePathOf(key);
  if (pathname !== null) forgetProfilePath(pathname);
}

function forgetProfilePath(pathname) {
  const page = profilePages.get(pathname);
  if (!page) return;
  profilePages.delete(pathname);
  kept.bytes -= page.body.byteLength;
}

function keepProfilePage(key, entry, tags) {
  const value = entry.value;
  const pathname = profilePathOf(key);
  if (pathname === null || value?.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  if ((value.status ?? 200) !== 200 || value.postponed || typeof entry.lastModified !== "number" || tags.length === 0) return;
  const known = profilePages.get(pathname);
  if (known && known.lastModified === entry.lastModified) return;
  forgetProfilePath(pathname);
  const body = Buffer.from(value.html, "utf8");
  if (body.byteLength > PROFILE_PAGES_MAX_BYTES / 8) return;
  const page = {
    body,
    etag: generateETag(value.html),
    policy: value.headers?.[CSP_HEADER] ?? null,
    tags,
    lastModified: entry.lastModified,
  };
  profilePages.set(pathname, page);
  kept.bytes += body.byteLength;
  for (const oldest of profilePages.keys()) {
    if (kept.bytes <= PROFILE_PAGES_MAX_BYTES) break;
    forgetProfilePath(oldest);
  }
}

/** The page kept for `pathname` if it is still valid on every process's tag marks, else null (and forgotten). */
async function lookupProfilePage(pathname) {
  const page = profilePages.get(pathname);
  if (!page) return null;
  const store = sharedStore();
  if (store) {
    try {
      for (const marks of await store.read(page.tags)) remember(marks);
    } catch {
      return null; // Next's get() then logs it and treats the entry as a miss.
    }
  }
  if (areTagsExpired(page.tags, page.lastModified) || areTagsStale(page.tags, page.lastModified)) {
    if (profilePages.get(pathname) === page) forgetProfilePath(pathname);
    return null;
  }
  // Most recently used last (unless a newer page replaced it meanwhile).
  if (profilePages.get(pathname) === page) {
    profilePages.delete(pathname);
    profilePages.set(pathname, page);
  }
  return page;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value) return entry;
    withPolicy(entry.value);
    const store = sharedStore();
    const tags = tagsOf(entry.value, ctx);
    if (tags.length === 0) return entry;
    try {
      if (store) for (const marks of await store.read(tags)) remember(marks);
    } catch (error) {
      // Unknown expiry: never serve what may have been made private. A re-render reads the
      // database too, so it fails (uncached) or shows the truth.
      console.error(`Rungs: could not read the shared cache tag expiry; treating ${key} as a miss.`, error?.message ?? error);
      return null;
    }
    // Next's own rule, now with every process's marks: expired after the entry was stored.
    // (A stale-only mark is left to Next, which serves the entry once more while re-rendering.)
    if (areTagsExpired(tags, entry.lastModified)) {
      forgetProfilePage(key);
      return null;
    }
    if (areTagsStale(tags, entry.lastModified)) forgetProfilePage(key);
    else keepProfilePage(key, entry, tags);
    return entry;
  }

  // On a miss Next answers the first request with the very object it stores here, so adding the
  // header before storing covers that response too.
  async set(key, data, ctx) {
    withPolicy(data);
    forgetProfilePage(key);
    // Unknown and private profiles are not kept: anyone can invent handles, and the cache is for
    // pages people share.
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    const store = sharedStore();
    if (!store || list.length === 0) return;
    try {
      await store.write(list.map((tag) => ({ tag, ...tagsManifest.get(tag) })));
    } catch (error) {
      console.error(`Rungs: could not share the expiry of ${list.join(", ")} with the other processes.`, error?.message ?? error);
    }
  }
}
