import { badgeContent, renderBadgeSvg } from "@/lib/badge";
import { profileFromParam } from "@/server/profile-param";

type Context = { params: Promise<{ handle: string }> };

// Private and unknown profiles get the same neutral badge, so a badge never tells which exist.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const profile = await profileFromParam((await params).handle);
  const svg = renderBadgeSvg(badgeContent(profile?.readiness ?? null));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // Revalidated on every view (cheap: the data is cached server-side), so a change shows at once.
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}
