import "server-only";
import { handleFromSegment } from "@/lib/handle-rules";
import type { PublicProfile } from "@/lib/profile-view";
import { getCachedPublicProfile } from "./profile-cache";

/** Looks up a profile from a URL segment; a malformed handle is simply not found. */
export async function profileFromParam(param: string): Promise<PublicProfile | null> {
  const handle = handleFromSegment(param);
  return handle === null ? null : getCachedPublicProfile(handle);
}
