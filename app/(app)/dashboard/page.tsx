import type { Metadata } from "next";
import { TierCard } from "@/components/tier-card";
import { getLevels } from "@/db/queries/levels";
import { computeReadiness } from "@/lib/readiness";
import { TIERS } from "@/lib/roadmap";
import { requireUser } from "@/server/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const readiness = computeReadiness(await getLevels(user.id));
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Your readiness{user.name ? `, ${user.name}` : ""}</h1>
        <p className="text-muted">How close you are to what a Junior, a Mid-level and a Senior back-end job asks for.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {TIERS.map((tier) => (
          <TierCard key={tier} readiness={readiness[tier]} />
        ))}
      </div>
    </>
  );
}
