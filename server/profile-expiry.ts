import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { expireTagsNow } from "@/db/queries/tag-expiry";
import { profileTag } from "./profile-cache";

/**
 * The one way to expire a public profile: its page, JSON and social card all carry the
 * profile:<handle> tag. Every write that can change what the profile shows calls this, after the
 * write (a test, server/profile-expiry.test.ts, fails if one does not), with the old handle too
 * when the handle changed. No guard on the public switch: making a profile private must expire it
 * as well, and expiring a tag nothing is cached under costs nothing.
 *
 * Two steps. First, before the answer leaves, the expiry is written to the database, which every
 * process's cache handler checks on each hit (server/security/cache-handler.mjs): so the next
 * request, to any process, re-renders. Then, right after the response, revalidateTag expires the
 * tag in this process's own manifest and writes it once more; that second, later mark also expires
 * an entry another process rendered from the old data while this change was being saved. Not
 * updateTag or a revalidateTag inside the action: both make Next re-render the whole current page
 * into the action's response, which no caller needs (the owner's own pages render per request).
 */
export async function expirePublicProfile(handle: string | null | undefined, previousHandle?: string | null): Promise<void> {
  const tags = profileTags(handle, previousHandle);
  if (tags.length === 0) return;
  await expireTagsNow(tags);
  markAfterResponse(tags);
}

/**
 * The same two steps for a write that takes the tags and writes their first mark inside its own
 * transaction (`setLevel(…, tags)`): the expiry commits with the change, in one commit instead of
 * two (on PostgreSQL one round trip fewer). Every process sees the change and its expiry at the
 * same instant. The mark's time is then before the commit, not after it, so an entry another
 * process stores between the two (rendered from the old data) is expired by the second mark, which
 * comes after the response and so after the commit.
 */
export async function expirePublicProfileWithin<T>(
  handle: string | null | undefined,
  write: (tags: readonly string[]) => Promise<T>,
): Promise<T> {
  const tags = profileTags(handle);
  const result = await write(tags);
  if (tags.length > 0) markAfterResponse(tags);
  return result;
}

function profileTags(handle: string | null | undefined, previousHandle?: string | null): string[] {
  return profileHandlesToExpire(handle, previousHandle).map(profileTag);
}

function markAfterResponse(tags: readonly string[]): void {
  after(() => {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  });
}

export function profileHandlesToExpire(handle: string | null | undefined, previousHandle?: string | null): string[] {
  return [...new Set([handle, previousHandle].filter((h): h is string => typeof h === "string" && h !== ""))];
}
