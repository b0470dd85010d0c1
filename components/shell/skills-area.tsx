"use client";

import { Suspense } from "react";
import { useMe } from "@/client/me";
import { computeReadiness, summarizeReadiness } from "@/lib/readiness";
import { GuestSkillsView } from "@/components/guest/guest-views";
import { SkillsBoard } from "@/components/skills/skills-board";
import { lazyAtOnce } from "./lazy-at-once";
import { ReadError } from "./read-error";
import { VerifyEmailNoticeLater } from "./verify-email-notice-later";

// The user's board (and TanStack Query with it) needs the read (GET /api/me) before it can show, so
// its code is fetched beside the read, as soon as this module runs in the browser, rather than with
// the page's first-load scripts; the disabled board stays until both have arrived.
const SignedInSkills = lazyAtOnce(() => import("./signed-in-skills").then((m) => m.SignedInSkills));

const EMPTY_SUMMARY = summarizeReadiness(computeReadiness({}));
const noop = () => {};

/** The Skills page's own part of the cached shell: the user's board once GET /api/me answers, else the guest's. */
export function SkillsArea() {
  const { data: me, error, isPending, refetch } = useMe();
  // The same board, disabled and with nothing checked, so nothing moves and no level is ever wrong.
  const loading = <SkillsBoard levels={null} summary={EMPTY_SUMMARY} onChange={noop} />;
  if (isPending) return loading;
  if (error) {
    return (
      <>
        <ReadError message={error.message} onRetry={() => void refetch()} />
        {loading}
      </>
    );
  }
  if (!me) return <GuestSkillsView fallback={loading} />;
  return (
    <>
      {/* Keyed by user: a board never carries one account's optimistic state over to another. */}
      {/* TanStack Query only here, for the level changes' optimistic updates: the rest of the shell reads GET /api/me without it. */}
      <Suspense fallback={loading}>
        <SignedInSkills key={me.id} ownerId={me.id} initialLevels={me.levels} />
      </Suspense>
      {/* After the board: it arrives with the data, and above the board it would push the board down (layout shift). */}
      {me.emailVerified ? null : <VerifyEmailNoticeLater email={me.email} mailOff={me.mailOff} />}
    </>
  );
}
