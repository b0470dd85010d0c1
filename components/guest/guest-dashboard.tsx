"use client";

import Link from "next/link";
import { computeReadiness } from "@/lib/readiness";
import { recommendNextWithRubric } from "@/lib/recommendations";
import { TIERS } from "@/lib/roadmap";
import { useGuestLevels } from "@/client/guest-levels";
import { LearnNext } from "@/components/dashboard/learn-next";
import { TierCard } from "@/components/dashboard/tier-card";
import { SkillMap } from "@/components/skill-map/skill-map";
import { firstMapTier } from "@/lib/skill-map";

/** The Dashboard for a visitor without an account, from the levels kept in this browser. */
export function GuestDashboard() {
  const levels = useGuestLevels();
  const readiness = computeReadiness(levels);
  return (
    <>
      <p className="rounded-md border border-line/60 bg-surface px-3 py-2 text-sm">
        <span aria-hidden="true">ℹ </span>
        Guest mode: these numbers come from the levels kept in this browser.{" "}
        <Link prefetch={false} href="/signup" className="font-semibold underline">
          Create an account
        </Link>{" "}
        to keep them and see your history.
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        {TIERS.map((tier) => (
          <TierCard key={tier} readiness={readiness[tier]} />
        ))}
      </div>
      <SkillMap key={firstMapTier(levels)} levels={levels} tier={firstMapTier(levels)} />
      <LearnNext data={recommendNextWithRubric(levels)} />
    </>
  );
}
