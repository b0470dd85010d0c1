"use client";

import { Suspense, type ReactNode } from "react";
import { useMe } from "@/client/me";
import { GuestDashboardView } from "@/components/guest/guest-views";
import { StatusLine } from "@/components/ui/status-line";
import { lazyAtOnce } from "./lazy-at-once";
import { ReadError } from "./read-error";
import { VerifyEmailNoticeLater } from "./verify-email-notice-later";

// The user's numbers need their read (GET /api/me?view=dashboard) before anything shows, so their
// code is fetched beside it, as soon as this module runs in the browser, rather than with the page's
// first-load scripts; the skeleton stays until both have arrived.
const SignedInDashboard = lazyAtOnce(() => import("./signed-in-dashboard").then((m) => m.SignedInDashboard));

function Heading({ name }: { name?: string | null }) {
  return (
    <div className="flex flex-col gap-1">
      {/* One line (a long name ends in "…"; the accessible name is whole): the name arrives with the
          read, and a heading wrapping then would push the page down (layout shift). */}
      <h1 className="truncate text-2xl font-bold">Your readiness{name ? `, ${name}` : ""}</h1>
      <p className="text-muted">How close you are to what a Junior, a Mid-level and a Senior back-end job asks for.</p>
    </div>
  );
}

/**
 * The Dashboard's own part of the cached shell: the user's numbers once GET /api/me?view=dashboard
 * answers, else the guest's. `skeleton`: the sections drawn hidden, rendered on the server
 * (components/shell/dashboard-skeleton.tsx), shown while anything is on its way.
 */
export function DashboardArea({ skeleton }: { skeleton: ReactNode }) {
  const { data: me, error, isPending, refetch } = useMe();
  // Until its own read answers (the header may still show the previous shell page's), nothing of the user shows.
  const view = me?.dashboard;
  if (error) {
    return (
      <>
        <Heading />
        <ReadError message={error.message} onRetry={() => void refetch()} />
        {skeleton}
      </>
    );
  }
  if (isPending || (me && !view)) {
    return (
      <>
        <Heading />
        <StatusLine />
        {skeleton}
      </>
    );
  }
  if (!me || !view) {
    return (
      <>
        <Heading />
        <GuestDashboardView fallback={skeleton} />
      </>
    );
  }
  return (
    <>
      <Heading name={me.name} />
      <StatusLine />
      <Suspense fallback={skeleton}>
        {/* Keyed by user: nothing of one account's page (the goal form's fields) carries over to another. */}
        <SignedInDashboard key={me.id} view={view} levels={me.levels} />
      </Suspense>
      {/* After the numbers: it arrives with them, and above them it would push them down (layout shift). */}
      {me.emailVerified ? null : <VerifyEmailNoticeLater email={me.email} mailOff={me.mailOff} />}
    </>
  );
}
