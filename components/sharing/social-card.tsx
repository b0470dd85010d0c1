import { ImageResponse } from "next/og";
import type { PublicProfile } from "@/lib/profile-view";
import { TIER_NAMES, TIERS } from "@/lib/roadmap";

export const CARD_SIZE = { width: 1200, height: 630 };
export const CARD_ALT = "Back-end readiness for Junior, Mid and Senior on Rungs";

/** The social preview: name and the three tier bars. Text is passed as React text, never as markup. */
export function renderSocialCard(profile: PublicProfile | null): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0b1120", color: "#e5e7eb", fontSize: 32 }}>
        <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#93c5fd" }}>Rungs · Back-end readiness</div>
          <div style={{ display: "flex", fontSize: 68, fontWeight: 700, color: "#ffffff" }}>
            {profile ? profile.displayName.slice(0, 40) : "Private profile"}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
          {TIERS.map((tier) => {
            const percent = profile?.readiness[tier].percent ?? 0;
            const ready = profile?.readiness[tier].ready ?? false;
            return (
              <div key={tier} style={{ display: "flex", alignItems: "center", gap: 24 }}>
                <div style={{ display: "flex", width: 140 }}>{TIER_NAMES[tier]}</div>
                <div style={{ display: "flex", flex: 1, height: 28, borderRadius: 14, background: "#1f2937" }}>
                  <div style={{ display: "flex", width: `${percent}%`, height: 28, borderRadius: 14, background: ready ? "#22c55e" : "#3b82f6" }} />
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
