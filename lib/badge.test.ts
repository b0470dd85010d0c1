import { describe, expect, it } from "vitest";
import { badgeContent, escapeXml, renderBadgeSvg } from "./badge";
import { highestTierReached } from "./highest-tier";
import type { ReadinessSummary } from "./readiness";

function summary(j: number, m: number, s: number): ReadinessSummary {
  return {
    junior: { percent: j, ready: j === 100 },
    mid: { percent: m, ready: m === 100 },
    senior: { percent: s, ready: s === 100 },
  };
}

describe("badgeContent", () => {
  it("shows progress toward the first tier not yet met", () => {
    expect(badgeContent(summary(40, 20, 10)).value).toBe("Junior 40%");
    expect(badgeContent(summary(100, 72, 41)).value).toBe("Mid 72%");
    expect(badgeContent(summary(100, 100, 99)).value).toBe("Senior 99%");
  });

  it("says ready when every tier is met", () => {
    expect(badgeContent(summary(100, 100, 100))).toMatchObject({ value: "Senior ready", color: "#15803d" });
  });

  it("gives a neutral private badge with no data", () => {
    expect(badgeContent(null)).toEqual({ label: "Back-end readiness", value: "private", color: "#6b7280" });
  });
});

describe("highestTierReached", () => {
  it("is the last tier met in order", () => {
    expect(highestTierReached(summary(0, 0, 0))).toBeNull();
    expect(highestTierReached(summary(100, 50, 0))).toBe("junior");
    expect(highestTierReached(summary(100, 100, 99))).toBe("mid");
    expect(highestTierReached(summary(100, 100, 100))).toBe("senior");
  });
});

describe("renderBadgeSvg", () => {
  it("renders a valid SVG with both texts and an accessible title", () => {
    const svg = renderBadgeSvg(badgeContent(summary(100, 72, 41)));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("<title>Back-end readiness: Mid 72%</title>");
    expect(svg).toContain(">Mid 72%</text>");
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("escapes text so markup cannot get in", () => {
    const svg = renderBadgeSvg({ label: `<script>alert(1)</script>`, value: `"><img src=x onerror=alert(1)>`, color: "#000" });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("escapes all five XML specials", () => {
    expect(escapeXml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&apos;");
  });
});
