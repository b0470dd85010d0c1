import type { HistoryPoint } from "@/lib/history";
import type { HistorySeries } from "@/lib/history-series";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";

const W = 640;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };
const STYLE: Record<Tier, { stroke: string; dash?: string }> = {
  junior: { stroke: "var(--color-ok)" },
  mid: { stroke: "var(--color-accent)", dash: "6 3" },
  senior: { stroke: "var(--color-ink)", dash: "2 3" },
};

/**
 * Plain SVG step lines (smaller than any chart library), with the same data as a table. The series
 * (lib/history-series.ts) starts on the first recorded day, and is weekly once it spans months.
 */
export function HistoryChart({ series }: { series: HistorySeries }) {
  const { points, granularity } = series;
  return (
    <section aria-labelledby="history-heading" className="card flex flex-col gap-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        Progress over time
      </h2>
      {points.length === 0 ? (
        <p className="text-muted">Set a level on the Skills page and your progress will show here.</p>
      ) : (
        <>
          <Chart points={points} />
          {points.length === 1 ? (
            <p className="text-sm text-muted">One day of history so far: the lines start with your next change on another day.</p>
          ) : null}
          {granularity === "week" ? (
            <p className="text-sm text-muted">One point per week: the last recorded day of each week.</p>
          ) : null}
          <div className="max-h-64 overflow-auto">
            <table className="w-full text-sm tabular-nums">
              <caption className="sr-only">Readiness over time</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col">Date</th>
                  {TIERS.map((t) => (
                    <th key={t} scope="col">
                      {TIER_NAMES[t]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.date} className="border-t border-line/40">
                    <th scope="row" className="text-left font-normal">
                      {p.date}
                    </th>
                    {TIERS.map((t) => (
                      <td key={t}>{p[t]}%</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Chart({ points }: { points: HistoryPoint[] }) {
  // A single day sits in the middle, drawn as dots: no line from an invented day before it.
  const x = (i: number) =>
    points.length === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + (i * (W - PAD.left - PAD.right)) / (points.length - 1);
  const y = (v: number) => PAD.top + ((100 - v) * (H - PAD.top - PAD.bottom)) / 100;
  const step = (tier: Tier) =>
    points.map((p, i) => (i === 0 ? `M${x(i)},${y(p[tier])}` : `H${x(i)}V${y(p[tier])}`)).join("");
  const first = points[0]?.date ?? "";
  const last = points[points.length - 1]?.date ?? "";
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true">
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--color-line)" strokeOpacity="0.4" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="var(--color-muted)">
              {v}%
            </text>
          </g>
        ))}
        {points.length === 1 ? (
          <text x={x(0)} y={H - 8} fontSize="11" textAnchor="middle" fill="var(--color-muted)">
            {first}
          </text>
        ) : (
          <>
            <text x={PAD.left} y={H - 8} fontSize="11" fill="var(--color-muted)">
              {first}
            </text>
            <text x={W - PAD.right} y={H - 8} fontSize="11" textAnchor="end" fill="var(--color-muted)">
              {last}
            </text>
          </>
        )}
        {points.length === 1
          ? TIERS.map((t, i) => (
              <circle key={t} cx={x(0) + (i - 1) * 10} cy={y(points[0]![t])} r="4.5" fill={STYLE[t].stroke} />
            ))
          : TIERS.map((t) => (
              <path key={t} d={step(t)} fill="none" stroke={STYLE[t].stroke} strokeWidth="2.5" strokeDasharray={STYLE[t].dash} />
            ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        {TIERS.map((t) => (
          <span key={t} className="flex items-center gap-1">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" x2="28" y1="4" y2="4" stroke={STYLE[t].stroke} strokeWidth="2.5" strokeDasharray={STYLE[t].dash} />
            </svg>
            {TIER_NAMES[t]} ({t === "junior" ? "solid" : t === "mid" ? "dashed" : "dotted"})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
