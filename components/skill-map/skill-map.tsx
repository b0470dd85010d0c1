import { LEVEL_NAMES } from "@/lib/levels";
import type { LevelMap } from "@/lib/readiness";
import { buildSkillMaps, CELL_STATE_LABELS, CELL_STATES, skillMapCells, type CellState, type SkillCell, type SkillMap as TierMap } from "@/lib/skill-map";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";

type Props = {
  levels: LevelMap;
  /** The tier checked at first. */
  tier: Tier;
  /** Heading level of the map's title, to fit the page's outline. */
  headingLevel?: 2 | 3;
  /**
   * The Dashboard's hidden loading skeleton (cached in its HTML and RSC payload for everyone): the
   * same boxes, no more. Each cell is one empty mark (every mark is as wide as min-w-7) and the
   * name, only the checked tier's count line, and no table (sr-only: bytes, no size).
   */
  skeleton?: boolean;
};

/** The mark drawn in each cell, so no state is told by colour alone. */
export const CELL_MARKS: Record<CellState, string> = {
  met: "✓",
  "one-short": "−1",
  "two-plus-short": "−2+",
  "not-needed": "·",
};

/**
 * All 34 skills by category, held against what the checked tier needs. No hooks and no script:
 * the tier switch is three native radios, and app/skill-map.css (.skill-map:has(...)) shows only
 * the marks, colours, counts and table columns (data-tier) of the checked tier, so cached pages
 * switch without a request and each skill is written once. The coloured grid is hidden from
 * screen readers; the table says the same in words, with the other tiers' columns display: none.
 */
export function SkillMap({ levels, tier, headingLevel = 2, skeleton = false }: Props) {
  const maps = buildSkillMaps(levels);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figure aria-labelledby="skill-map-title" className="card skill-map">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id="skill-map-title" className="text-lg font-semibold">
          Skill map
        </Heading>
        <div role="radiogroup" aria-labelledby="map-tier-label" className="map-tiers">
          <span id="map-tier-label">Map tier</span>
          {TIERS.map((t) => (
            <label key={t}>
              <input type="radio" name="map-tier" value={t} defaultChecked={t === tier} />
              {TIER_NAMES[t]}
            </label>
          ))}
        </div>
      </div>
      <ul aria-label="Map legend" className="map-legend">
        {CELL_STATES.map((state) => (
          <li key={state}>
            <span className="map-mark" data-state={state} aria-hidden="true">
              {CELL_MARKS[state]}
            </span>
            {CELL_STATE_LABELS[state]}
          </li>
        ))}
      </ul>
      {(skeleton ? [tier] : TIERS).map((t) => (
        <p key={t} data-tier={skeleton ? undefined : t} className="text-sm text-muted">
          {`${TIER_NAMES[t]}: ${maps[t].counts.met} met, ${maps[t].counts["one-short"]} one level short, ${maps[t].counts["two-plus-short"]} two or more short, ${maps[t].counts["not-needed"]} not needed.`}
        </p>
      ))}
      <div className="map-grid" aria-hidden="true">
        {maps.junior.categories.map((c) => (
          <div key={c.categoryId} className="map-category">
            <p>{c.category}</p>
            {c.cells.map((cell) => {
              if (skeleton) {
                return (
                  <div key={cell.skillId} className="map-cell">
                    <span className="map-mark" />
                    <span>{cell.name}</span>
                  </div>
                );
              }
              const byTier = TIERS.map((t) => cellOf(maps[t], cell.skillId));
              return (
                <div key={cell.skillId} className="map-cell" data-junior={byTier[0]!.state} data-mid={byTier[1]!.state} data-senior={byTier[2]!.state}>
                  {TIERS.map((t, i) => (
                    <span key={t} className="map-mark" data-tier={t} data-state={byTier[i]!.state}>
                      {mark(byTier[i]!)}
                    </span>
                  ))}
                  <span>{cell.name}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {/* A table ignores a width smaller than its content: the wrapper does the hiding. */}
      {skeleton ? null : (
        <div className="sr-only">
          <table>
            <caption>Skills by category</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Category</th>
                <th scope="col">Held</th>
                {TIERS.map((t) => (
                  <th key={t} scope="col" data-tier={t}>
                    Needed
                  </th>
                ))}
                {TIERS.map((t) => (
                  <th key={t} scope="col" data-tier={t}>
                    State
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {skillMapCells(maps.junior).map((cell) => {
                const byTier = TIERS.map((t) => cellOf(maps[t], cell.skillId));
                return (
                  <tr key={cell.skillId}>
                    <th scope="row">{cell.name}</th>
                    <td>{cell.category}</td>
                    <td>{LEVEL_NAMES[cell.held]}</td>
                    {TIERS.map((t, i) => (
                      <td key={t} data-tier={t}>
                        {byTier[i]!.needed === 0 ? "Not needed" : LEVEL_NAMES[byTier[i]!.needed]}
                      </td>
                    ))}
                    {TIERS.map((t, i) => (
                      <td key={t} data-tier={t}>
                        {CELL_STATE_LABELS[byTier[i]!.state]}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

function cellOf(map: TierMap, skillId: string): SkillCell {
  return skillMapCells(map).find((c) => c.skillId === skillId)!;
}

// Two or more short shows the actual shortfall ("−2", "−3") where there is room for it.
function mark(cell: SkillCell): string {
  return cell.state === "two-plus-short" ? `−${cell.needed - cell.held}` : CELL_MARKS[cell.state];
}
