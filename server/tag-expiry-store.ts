import "server-only";
import { getTagExpiries, recordTagExpiries } from "@/db/queries/tag-expiry";
import type { TagExpiryStore } from "./security/cache-handler.mjs";

/** The same key as TAG_EXPIRY_STORE in security/cache-handler.mjs (a test checks it). */
export const TAG_EXPIRY_STORE_KEY = Symbol.for("rungs.tag-expiry-store");

/**
 * Gives the cache handler (plain JavaScript, loaded by Node outside the app's bundles) the
 * database's tag expiry table, so an expiry made by any process reaches every process's cache.
 * Called once per server process, from instrumentation.ts, before the first request.
 */
export function installTagExpiryStore(): void {
  const store: TagExpiryStore = { read: getTagExpiries, write: recordTagExpiries };
  (globalThis as Record<symbol, unknown>)[TAG_EXPIRY_STORE_KEY] = store;
}

/** Removes it again (tests). */
export function uninstallTagExpiryStore(): void {
  delete (globalThis as Record<symbol, unknown>)[TAG_EXPIRY_STORE_KEY];
}
