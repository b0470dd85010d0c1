"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergeGuestLevelsAction } from "@/app/(app)/guest-actions";
import { clearGuestLevels, countGuestLevels, useGuestLevels } from "@/client/guest-levels";
import { FormAlert } from "@/components/ui/form-alert";
import { invalidateMe } from "@/client/me";
import { levelsKey } from "@/client/query-keys";
import { getQueryClient } from "@/client/query-client";
import { setSaveFeedback } from "@/client/save-feedback";

/** After sign-up or log-in: offers to bring levels set as a guest into the account, then forgets them. */
export function GuestMergePrompt({ ownerId }: { ownerId: string }) {
  const guest = useGuestLevels();
  const count = countGuestLevels(guest);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  if (count === 0) return null;

  function merge() {
    startTransition(async () => {
      const result = await mergeGuestLevelsAction(guest);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      clearGuestLevels();
      // The Skills board reads this (and derives readiness from it); this prompt is outside its provider but shares the tab's client.
      getQueryClient().setQueryData(levelsKey(ownerId), result.data.levels);
      // A shell page (the Dashboard) shows numbers from GET /api/me: read them again.
      invalidateMe();
      setSaveFeedback({ status: `Merged ${result.data.merged} level${result.data.merged === 1 ? "" : "s"} from this browser into your account.` });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="merge-heading" className="card flex flex-col gap-2 border-accent">
      <h2 id="merge-heading" className="font-semibold">
        Levels from this browser
      </h2>
      <p className="text-sm">
        You set {count} skill level{count === 1 ? "" : "s"} here before signing in. Merge them into your account? For
        each skill the higher level is kept.
      </p>
      <FormAlert message={error} />
      <div className="flex gap-2">
        <button type="button" className="btn-primary py-1" onClick={merge} aria-disabled={pending}>
          Merge levels
        </button>
        <button type="button" className="btn-secondary py-1" onClick={clearGuestLevels}>
          Discard
        </button>
      </div>
    </section>
  );
}
