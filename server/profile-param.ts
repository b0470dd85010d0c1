import "server-only";
import { handleSchema } from "@/lib/handle-rules";
import type { PublicProfile } from "@/lib/profile-view";
import { getCachedPublicProfile } from "./profile-cache";

/** Looks up a profile from a URL segment; a malformed handle is simply not found. */
export async function profileFromParam(param: string): Promise<PublicProfile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(param);
  } catch {
    return null;
  }
  const parsed = handleSchema.safeParse(decoded);
  if (!parsed.success) return null;
  return getCachedPublicProfile(parsed.data);
}
