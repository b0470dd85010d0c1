import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { profileTag } from "./profile-cache";

/**
 * The one way to expire a public profile: its page, badge, JSON and social card all carry the
 * profile:<handle> tag. Every write that can change what the profile shows calls this (a test,
 * server/profile-expiry.test.ts, fails if one does not), with the old handle too when the
 * handle changed. No guard on the public switch: making a profile private must expire it as well,
 * and expiring a tag nothing is cached under costs nothing.
 *
 * Expired right after the response rather than with updateTag: updateTag (and an expire-0
 * revalidateTag inside the action) makes Next re-render the whole current page into the action's
 * response, which no caller needs: the owner's own pages are rendered per request.
 */
export function expirePublicProfile(handle: string | null | undefined, previousHandle?: string | null): void {
  const handles = profileHandlesToExpire(handle, previousHandle);
  if (handles.length === 0) return;
  after(() => {
    for (const h of handles) revalidateTag(profileTag(h), { expire: 0 });
  });
}

export function profileHandlesToExpire(handle: string | null | undefined, previousHandle?: string | null): string[] {
  return [...new Set([handle, previousHandle].filter((h): h is string => typeof h === "string" && h !== ""))];
}
