import "server-only";
import { unstable_cache } from "next/cache";
import { getPublicProfile } from "@/db/queries/profiles";
import { buildPublicProfile, type PublicProfile } from "@/lib/profile-view";

/** The one cache tag for everything public about a handle: page, image, JSON (the badge is read fresh, server/badge-read.ts). */
export function profileTag(handle: string): string {
  return `profile:${handle}`;
}

/** Cached until the owner changes a level, name, handle or visibility (see profileTag). */
export function getCachedPublicProfile(handle: string): Promise<PublicProfile | null> {
  return unstable_cache(
    async () => {
      const record = await getPublicProfile(handle);
      return record ? buildPublicProfile(record) : null;
    },
    ["public-profile", handle],
    { tags: [profileTag(handle)] },
  )();
}
