import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { GuestDashboardView } from "@/components/guest/guest-views";
import { HistoryChart } from "@/components/dashboard/history-chart";
import { LearnNext } from "@/components/dashboard/learn-next";
import { StatusLine } from "@/components/ui/status-line";
import { TierCard } from "@/components/dashboard/tier-card";
import { SkillMap } from "@/components/skill-map/skill-map";
import { firstMapTier } from "@/lib/skill-map";
import { GoalPace } from "@/components/dashboard/goal-pace";
import { getGoal } from "@/db/queries/goals";
import { getLevels, listLevelChanges } from "@/db/queries/levels";
import { computePace } from "@/lib/pace";
import { historySeries } from "@/lib/history-series";
import { computeReadiness } from "@/lib/readiness";
import { recommendNextWithRubric } from "@/lib/recommendations";
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
  const [levels, changes, goal] = await Promise.all([getLevels(user.id), listLevelChanges(user.id), getGoal(user.id)]);
  const readiness = computeReadiness(levels);
  const mapTier = firstMapTier(levels, goal?.tier);
  const pace = goal ? computePace({ ...goal, now: new Date(), levels, changes }) : null;
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
      {/* Keyed by tier: a new goal re-opens the map on its tier (radios keep their own state otherwise). */}
      <SkillMap key={mapTier} levels={levels} tier={mapTier} />
      <GoalPace goal={goal} pace={pace} defaultTier={mapTier} />
      <LearnNext data={recommendNextWithRubric(levels)} />
      <HistoryChart series={historySeries(changes)} />
    </>
  );
}
