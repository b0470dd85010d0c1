import "server-only";
import { getPublicLevels } from "@/db/queries/profiles";
import { badgeContent, renderBadgeSvg } from "@/lib/badge";
import { handleFromSegment } from "@/lib/handle-rules";
import { computeReadiness, summarizeReadiness } from "@/lib/readiness";
import { unavailableMessage } from "./db-unavailable";

const BADGE_PATH = /^\/u\/([^/]+)\/badge\.svg$/;

const SVG_HEADERS = {
  "Content-Type": "image/svg+xml; charset=utf-8",
  // Revalidated on every view (cheap: one prepared read), so a change shows at once.
  "Cache-Control": "public, max-age=0, must-revalidate",
};

/** The handle segment of a badge's path (`/u/<segment>/badge.svg`), or null for any other path. */
export function badgeSegment(pathname: string): string | null {
  return BADGE_PATH.exec(pathname)?.[1] ?? null;
}

/**
 * GET /u/<handle>/badge.svg, answered by proxy.ts before Next routes the request: through Next's
 * route-handler pipeline, even served from its cache, it cost about twice what the proxy does.
 * Read straight from the database on every request (one prepared read), so it is never stale and
 * needs no tag expiry. Private, unknown and malformed handles get the same neutral "private" badge
 * (200), so a badge never tells which exist. A database that cannot answer gives 503.
 */
export async function answerBadge(segment: string): Promise<Response> {
  const handle = handleFromSegment(segment);
  let levels: Awaited<ReturnType<typeof getPublicLevels>> = null;
  try {
    levels = handle === null ? null : await getPublicLevels(handle);
  } catch (error) {
    const message = unavailableMessage(error);
    if (message) return new Response(message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw error;
  }
  const svg = renderBadgeSvg(badgeContent(levels ? summarizeReadiness(computeReadiness(levels)) : null));
  return new Response(svg, { headers: SVG_HEADERS });
}
