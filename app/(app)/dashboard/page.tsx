import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { GuestDashboardView } from "@/components/guest/guest-views";
import { HistoryChart } from "@/components/dashboard/history-chart";
import { LearnNext } from "@/components/dashboard/learn-next";
import { StatusLine } from "@/components/ui/status-line";
import { TierCard } from "@/components/dashboard/tier-card";
import { getLevels, listLevelChanges } from "@/db/queries/levels";
import { readinessHistory } from "@/lib/history";
import { computeReadiness } from "@/lib/readiness";
import { recommendNext } from "@/lib/recommendations";
import { TIERS } from "@/lib/roadmap";
import { getCurrentUser } from "@/server/current-user";
import { mailOffMessage } from "@/server/mail/config";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await getCurrentUser();
  const heading = (name?: string | null) => (
    <div className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">Your readiness{name ? `, ${name}` : ""}</h1>
      <p className="text-muted">How close you are to what a Junior, a Mid-level and a Senior back-end job asks for.</p>
    </div>
  );
  if (!user) {
    return (
      <>
        {heading()}
        <GuestDashboardView />
      </>
    );
  }
  const [levels, changes] = await Promise.all([getLevels(user.id), listLevelChanges(user.id)]);
  const readiness = computeReadiness(levels);
  // TierCard, LearnNext and HistoryChart are client components: the page then ships their data
  // (compact props) rather than every rendered row twice, once as HTML and once as RSC payload.
  return (
    <>
      {heading(user.name)}
      {user.emailVerifiedAt ? null : <VerifyEmailNotice email={user.email} mailOff={mailOffMessage()} />}
      <StatusLine />
      <div className="grid gap-4 lg:grid-cols-3">
        {TIERS.map((tier) => (
          <TierCard key={tier} readiness={readiness[tier]} />
        ))}
      </div>
      <LearnNext data={recommendNext(levels)} />
      <HistoryChart points={readinessHistory(changes)} />
    </>
  );
}
