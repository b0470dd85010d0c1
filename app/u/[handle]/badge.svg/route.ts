import { badgeContent, renderBadgeSvg } from "@/lib/badge";
import { profileFromParam } from "@/server/profile-param";

type Context = { params: Promise<{ handle: string }> };

// Rendered once per handle and served from the cache until the profile:<handle> tag expires, like
// the profile page. `error` fails the build if the handler starts reading the request.
export const dynamic = "error";
export const dynamicParams = true;
export function generateStaticParams(): { handle: string }[] {
  return [];
}

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
