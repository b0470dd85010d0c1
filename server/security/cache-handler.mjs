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
import { hashPolicy, inlineScriptHashes } from "./csp.mjs";

// Node hands over module.exports; the bundler (which also builds this into proxy.ts) the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const { tagsManifest, areTagsExpired } = tagsManifestModule.default ?? tagsManifestModule;
const CSP_HEADER = "content-security-policy";
const TAGS_HEADER = "x-next-cache-tags";
/** Where instrumentation.ts puts the shared store: { read(tags), write(entries) } (see cache-handler.d.mts). */
export const TAG_EXPIRY_STORE = Symbol.for("rungs.tag-expiry-store");

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

export default class CspCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value) return entry;
    withPolicy(entry.value);
    const store = sharedStore();
    const tags = tagsOf(entry.value, ctx);
    if (!store || tags.length === 0) return entry;
    try {
      for (const marks of await store.read(tags)) remember(marks);
    } catch (error) {
      // Unknown expiry: never serve what may have been made private. A re-render reads the
      // database too, so it fails (uncached) or shows the truth.
      console.error(`Rungs: could not read the shared cache tag expiry; treating ${key} as a miss.`, error?.message ?? error);
      return null;
    }
    // Next's own rule, now with every process's marks: expired after the entry was stored.
    // (A stale-only mark is left to Next, which serves the entry once more while re-rendering.)
    return areTagsExpired(tags, entry.lastModified) ? null : entry;
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
