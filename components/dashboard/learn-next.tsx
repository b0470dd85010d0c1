import { LEVEL_NAMES, type Level } from "@/lib/levels";
import type { LearnNextWithRubric } from "@/lib/recommendations";
import { TIER_NAMES } from "@/lib/tiers";

// Only a type from lib/recommendations: the rubric text arrives as data, so this component's
// code does not carry every skill's statements.
export function LearnNext({ data }: { data: LearnNextWithRubric }) {
  return (
    <section aria-labelledby="learn-next-heading" className="card flex flex-col gap-3">
      <h2 id="learn-next-heading" className="text-lg font-semibold">
        Learn next
      </h2>
      {data ? (
        <>
          <p className="text-sm text-muted">
            The upgrades that raise your {TIER_NAMES[data.tier]} readiness the most, and what each level asks.
          </p>
          <ol aria-label="Learn next" className="flex flex-col gap-3">
            {data.items.map((item) => (
              <li key={item.skillId} className="flex flex-col gap-1 border-t border-line/40 pt-2 first:border-t-0 first:pt-0">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span>
                    <span className="font-medium">{item.name}</span>: reach {LEVEL_NAMES[item.to]}
                    <span className="text-muted"> (now {LEVEL_NAMES[item.from]})</span>
                  </span>
                  <span className="font-semibold tabular-nums text-ok">+{item.percentGain}% {TIER_NAMES[data.tier]}</span>
                </div>
                {/* A list inside each item would make the items' items look like more suggestions. */}
                <dl className="text-sm">
                  {item.asks.map(({ level, statements }) => (
                    <div key={level}>
                      <dt className="font-semibold">{askLabel(level, item.from)}</dt>
                      {statements.map((s) => (
                        <dd key={s} className="ml-4 before:mr-1 before:content-['•']">
                          {s}
                        </dd>
                      ))}
                    </div>
                  ))}
                </dl>
                {item.doc ? (
                  <p className="text-sm">
                    Start with{" "}
                    <a href={item.doc.url} rel="noopener noreferrer" className="text-accent underline">
                      {item.doc.title}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          <span aria-hidden="true">✓ </span>Every tier is met: nothing left to learn on this roadmap.
        </p>
      )}
    </section>
  );
}

function askLabel(level: Level, from: Level): string {
  const name = LEVEL_NAMES[level];
  return level - 1 > from ? `${name} asks, on top of ${LEVEL_NAMES[(level - 1) as Level]}:` : `${name} asks:`;
}
