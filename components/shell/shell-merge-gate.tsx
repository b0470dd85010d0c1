"use client";

import { useMe } from "@/client/me";
import { GuestMergeGate } from "@/components/guest/guest-merge-gate";

/** The (app) layout's merge prompt, for a signed-in user on a page served from the cache. */
export function ShellMergeGate() {
  const { data: me } = useMe();
  return me ? <GuestMergeGate ownerId={me.id} /> : null;
}
