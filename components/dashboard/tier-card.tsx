import { LEVEL_NAMES } from "@/lib/levels";
import type { TierReadiness } from "@/lib/readiness";
import { TIER_NAMES } from "@/lib/tiers";
import { ReadinessMeter } from "@/components/ui/readiness-meter";

export function TierCard({ readiness }: { readiness: TierReadiness }) {
  const { tier, percent, ready, points, total, gaps, met } = readiness;
  const name = TIER_NAMES[tier];
  const headingId = `tier-${tier}`;
  return (
    <section aria-labelledby={headingId} className="card flex flex-col gap-4">
      <h2 id={headingId} className="sr-only">
        {name}
      </h2>
      <ReadinessMeter tier={tier} percent={percent} ready={ready} />
      <p className="text-sm text-muted">
        {points} of {total} level points. {ready ? `You meet every ${name} requirement.` : `${gaps.length} to go.`}
      </p>
      {/* The skill map is the first view; each tier's gap list stays one click away. */}
      <details>
        <summary className="cursor-pointer font-semibold">
          {`${name} gaps (${gaps.length})`}
        </summary>
        {gaps.length === 0 ? <p className="mt-2 text-sm">Nothing: every skill is at the level needed.</p> : null}
        <ul aria-label={`${name} gaps`} className="mt-2 flex flex-col gap-1">
          {gaps.map((gap) => (
            <li key={gap.skillId} className="gap-row">
              <span>{gap.name}</span>
              {/* One string, read the same by eye and by screen reader. */}
              <span>{`${LEVEL_NAMES[gap.held]}, needs ${LEVEL_NAMES[gap.needed]}`}</span>
            </li>
          ))}
        </ul>
      </details>
      {met.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-semibold">Already met ({met.length})</summary>
          <ul aria-label={`${name} met`} className="mt-2 flex flex-col gap-1 text-sm">
            {met.map((m) => (
              <li key={m.skillId}>
                <span aria-hidden="true">✓ </span>
                {m.name} <span className="text-muted">({LEVEL_NAMES[m.held]})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
