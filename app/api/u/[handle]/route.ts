import { SKILLS, TIERS } from "@/lib/roadmap";
import { withDbErrors } from "@/server/db-unavailable";
import { profileFromParam } from "@/server/profile-param";

type Context = { params: Promise<{ handle: string }> };

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

export const GET = withDbErrors(async (_request: Request, { params }: Context): Promise<Response> => {
  const profile = await profileFromParam((await params).handle);
  if (!profile) {
    return Response.json({ error: "Not found" }, { status: 404, headers: { ...CORS, "Cache-Control": "no-store" } });
  }
  const levels = new Map(profile.categories.flatMap((c) => c.skills.map((s) => [s.id, s.level] as const)));
  const body = {
    handle: profile.handle,
    name: profile.displayName,
    readiness: Object.fromEntries(TIERS.map((t) => [t, { percent: profile.readiness[t].percent, ready: profile.readiness[t].ready }])),
    highestTier: profile.highestTier,
    skills: SKILLS.map((s) => ({ id: s.id, name: s.name, level: levels.get(s.id) ?? 0 })),
  };
  return Response.json(body, { headers: { ...CORS, "Cache-Control": "public, max-age=0, must-revalidate" } });
});

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
