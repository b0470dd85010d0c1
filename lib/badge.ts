import { highestTierReached, nextTier } from "./highest-tier";
import type { ReadinessSummary } from "./readiness";
import { TIER_NAMES } from "./roadmap";

export const BADGE_LABEL = "Back-end readiness";

export type BadgeContent = { label: string; value: string; color: string };

const COLORS = { private: "#6b7280", progress: "#1d4ed8", ready: "#15803d" } as const;

/** "Mid 72%" while working toward a tier; "Senior ready" when every tier is met. */
export function badgeContent(summary: ReadinessSummary | null): BadgeContent {
  if (!summary) return { label: BADGE_LABEL, value: "private", color: COLORS.private };
  const next = nextTier(summary);
  if (next) return { label: BADGE_LABEL, value: `${TIER_NAMES[next]} ${summary[next].percent}%`, color: COLORS.progress };
  const top = highestTierReached(summary) ?? "senior";
  return { label: BADGE_LABEL, value: `${TIER_NAMES[top]} ready`, color: COLORS.ready };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

// Verdana 11px averages about 6.8 px a character; wide enough for digits and capitals.
function textWidth(text: string): number {
  return Math.ceil(Array.from(text).length * 6.8) + 12;
}

/** A flat badge in the shields.io style; it carries its own background, so it reads on light and dark pages. */
export function renderBadgeSvg({ label, value, color }: BadgeContent): string {
  const lw = textWidth(label);
  const vw = textWidth(value);
  const w = lw + vw;
  const l = escapeXml(label);
  const v = escapeXml(value);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" viewBox="0 0 ${w} 20" role="img" aria-label="${l}: ${v}">`,
    `<title>${l}: ${v}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#374151"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + vw / 2}" y="14">${v}</text>`,
    `</g></svg>`,
  ].join("");
}
