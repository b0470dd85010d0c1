import type { ReadinessSummary } from "@/lib/readiness";
import { TIERS } from "@/lib/roadmap";
import { ReadinessMeter } from "@/components/ui/readiness-meter";

/** The three tier meters, compact, above the Skills board. */
export function ReadinessBar({ summary }: { summary: ReadinessSummary }) {
  return (
    <section aria-label="Readiness" className="card grid grid-cols-3 gap-3 p-3 sm:gap-4 sm:p-4">
      {TIERS.map((tier) => (
        <ReadinessMeter key={tier} tier={tier} size="small" {...summary[tier]} />
      ))}
    </section>
  );
}
