import { LEVEL_NAMES } from "@/lib/levels";
import type { LevelMap } from "@/lib/readiness";
import { buildSkillMaps, CELL_STATE_LABELS, CELL_STATES, skillMapCells, type CellState, type SkillCell } from "@/lib/skill-map";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";

type Props = {
  levels: LevelMap;
  /** The tier checked at first. */
  tier: Tier;
  /** Heading level of the map's title, to fit the page's outline. */
  headingLevel?: 2 | 3;
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
 * the tier switch is three native radios, and globals.css (.skill-map:has(...)) shows the one
 * tier's cells and table that match the checked radio, so cached pages switch without a request.
 * The coloured grid is hidden from screen readers; its table says the same in words.
 */
export function SkillMap({ levels, tier, headingLevel = 2 }: Props) {
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
      {TIERS.map((t) => {
        const map = maps[t];
        return (
          <div key={t} data-map-tier={t} className="map-tier">
            <p className="text-sm text-muted">
              {`${TIER_NAMES[t]}: ${map.counts.met} met, ${map.counts["one-short"]} one level short, ${map.counts["two-plus-short"]} two or more short, ${map.counts["not-needed"]} not needed.`}
            </p>
            <div className="map-grid" aria-hidden="true">
              {map.categories.map((c) => (
                <div key={c.categoryId} className="map-category">
                  <p>{c.category}</p>
                  {c.cells.map((cell) => (
                    <div key={cell.skillId} className="map-cell" data-state={cell.state}>
                      <span className="map-mark" data-state={cell.state}>
                        {mark(cell)}
                      </span>
                      <span>{cell.name}</span>
                    </div>
                  ))}
                </div>
              ))}
            </div>
            {/* A table ignores a width smaller than its content: the wrapper does the hiding. */}
            <div className="sr-only">
              <table>
                <caption>Skills by category</caption>
                <thead>
                  <tr>
                    <th scope="col">Skill</th>
                    <th scope="col">Category</th>
                    <th scope="col">Held</th>
                    <th scope="col">Needed</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {skillMapCells(map).map((cell) => (
                    <tr key={cell.skillId}>
                      <th scope="row">{cell.name}</th>
                      <td>{cell.category}</td>
                      <td>{LEVEL_NAMES[cell.held]}</td>
                      <td>{cell.needed === 0 ? "Not needed" : LEVEL_NAMES[cell.needed]}</td>
                      <td>{CELL_STATE_LABELS[cell.state]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </figure>
  );
}

// Two or more short shows the actual shortfall ("−2", "−3") where there is room for it.
function mark(cell: SkillCell): string {
  return cell.state === "two-plus-short" ? `−${cell.needed - cell.held}` : CELL_MARKS[cell.state];
}
