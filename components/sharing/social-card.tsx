import { ImageResponse } from "next/og";
import { profileLevels, type PublicProfile } from "@/lib/profile-view";
import { TIER_NAMES, TIERS } from "@/lib/roadmap";
import { buildSkillMap, firstMapTier, type CellState } from "@/lib/skill-map";

export const CARD_SIZE = { width: 1200, height: 630 };
export const CARD_ALT = "Back-end readiness for Junior, Mid and Senior on Rungs, with a map of 34 skills";

// Each state has a colour and a shape (full, half, outline, dot), so the map reads without colour.
const CELL = 26;
const CELL_STYLE: Record<CellState, { background: string; border: string; inner?: string }> = {
  met: { background: "#22c55e", border: "#22c55e" },
  "one-short": { background: "#0b1120", border: "#f59e0b", inner: "#f59e0b" },
  "two-plus-short": { background: "#0b1120", border: "#f87171" },
  "not-needed": { background: "#0b1120", border: "#334155" },
};
const LEGEND: Array<[CellState, string]> = [
  ["met", "met"],
  ["one-short", "1 short"],
  ["two-plus-short", "2+ short"],
  ["not-needed", "not needed"],
];

function Cell({ state }: { state: CellState }) {
  const s = CELL_STYLE[state];
  return (
    <div
      style={{
        display: "flex",
        alignItems: "flex-end",
        width: CELL,
        height: CELL,
        borderRadius: 5,
        background: s.background,
        border: `3px solid ${s.border}`,
        borderStyle: state === "not-needed" ? "dashed" : "solid",
      }}
    >
      {s.inner ? <div style={{ display: "flex", width: "100%", height: "50%", background: s.inner }} /> : null}
    </div>
  );
}

/** The social preview: name, the three tier bars and the skill map. Text is passed as React text, never as markup. */
export function renderSocialCard(profile: PublicProfile | null): ImageResponse {
  const levels = profile ? profileLevels(profile) : {};
  const tier = firstMapTier(levels);
  const map = buildSkillMap(tier, levels);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0b1120", color: "#e5e7eb", fontSize: 30 }}>
        <div style={{ display: "flex", justifyContent: "space-between", gap: 40 }}>
          <div style={{ display: "flex", flexDirection: "column", gap: 12, flex: 1 }}>
            <div style={{ display: "flex", fontSize: 28, color: "#93c5fd" }}>Rungs · Back-end readiness</div>
            <div style={{ display: "flex", fontSize: 60, fontWeight: 700, color: "#ffffff" }}>
              {profile ? profile.displayName.slice(0, 40) : "Private profile"}
            </div>
          </div>
          {profile ? (
            <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
              <div style={{ display: "flex", fontSize: 22, color: "#cbd5e1" }}>{`Skill map · ${TIER_NAMES[tier]}`}</div>
              <div style={{ display: "flex", gap: 6 }}>
                {map.categories.map((c) => (
                  <div key={c.categoryId} style={{ display: "flex", flexDirection: "column", gap: 6 }}>
                    {c.cells.map((cell) => (
                      <Cell key={cell.skillId} state={cell.state} />
                    ))}
                  </div>
                ))}
              </div>
              <div style={{ display: "flex", gap: 14, fontSize: 18, color: "#cbd5e1" }}>
                {LEGEND.map(([state, label]) => (
                  <div key={state} style={{ display: "flex", alignItems: "center", gap: 6 }}>
                    <Cell state={state} />
                    {label}
                  </div>
                ))}
              </div>
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          {TIERS.map((t) => {
            const percent = profile?.readiness[t].percent ?? 0;
            const ready = profile?.readiness[t].ready ?? false;
            return (
              <div key={t} style={{ display: "flex", alignItems: "center", gap: 24 }}>
                <div style={{ display: "flex", width: 140 }}>{TIER_NAMES[t]}</div>
                <div style={{ display: "flex", flex: 1, height: 26, borderRadius: 13, background: "#1f2937" }}>
                  <div style={{ display: "flex", width: `${percent}%`, height: 26, borderRadius: 13, background: ready ? "#22c55e" : "#3b82f6" }} />
                </div>
                <div style={{ display: "flex", width: 190, justifyContent: "flex-end" }}>
                  {profile ? (ready ? `${percent}% ✓` : `${percent}%`) : "—"}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    ),
    CARD_SIZE,
  );
}
