"use client";

import { useMe } from "@/client/me";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { GuestDashboardView } from "@/components/guest/guest-views";
import { StatusLine } from "@/components/ui/status-line";
import { SignedInDashboard } from "./signed-in-dashboard";
import { ReadError } from "./read-error";

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

/** The Dashboard's own part of the cached shell: the user's numbers once GET /api/me?view=dashboard answers, else the guest's. */
export function DashboardArea() {
  const { data: me, error, isPending, refetch } = useMe();
  // Until its own read answers (the header may still show the previous shell page's), nothing of the user shows.
  const view = me?.dashboard;
  const loading = <SignedInDashboard view={null} />;
  if (error) {
    return (
      <>
        <Heading />
        <ReadError message={error.message} onRetry={() => void refetch()} />
        {loading}
      </>
    );
  }
  if (isPending || (me && !view)) {
    return (
      <>
        <Heading />
        <StatusLine />
        {loading}
      </>
    );
  }
  if (!me || !view) {
    return (
      <>
        <Heading />
        <GuestDashboardView fallback={loading} />
      </>
    );
  }
  return (
    <>
      <Heading name={me.name} />
      <StatusLine />
      {/* Keyed by user: nothing of one account's page (the goal form's fields) carries over to another. */}
      <SignedInDashboard key={me.id} view={view} levels={me.levels} />
      {/* After the numbers: it arrives with them, and above them it would push them down (layout shift). */}
      {me.emailVerified ? null : <VerifyEmailNotice email={me.email} mailOff={me.mailOff} />}
    </>
  );
}
