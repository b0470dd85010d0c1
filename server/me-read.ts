import "server-only";
import type { NextRequest } from "next/server";
import { getDashboardLog } from "@/db/queries/level-history";
import { getLevels } from "@/db/queries/levels";
import { dashboardView } from "@/lib/dashboard-view";
import { storedGoal } from "@/lib/goal-schemas";
import { paceWindowStart } from "@/lib/pace";
import type { Me } from "@/client/me";
import { withDbErrors } from "./db-unavailable";
import { mailOffMessage } from "./mail/config";
import { claimsFromCookies } from "./session-token";
import { userForClaims } from "./session-user";

export const ME_PATH = "/api/me";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/me: what a page served from the cache (the Skills and Dashboard shells) needs of the
 * signed-in user, one small read per view, so the page itself can be the same for everyone.
 * `?view=dashboard` adds the Dashboard's numbers (lib/dashboard-view.ts), so that page and its
 * header share one request. 400 for an unknown view. Without a live session: 200 and `null`, as
 * Auth.js's own session endpoint answers. Every visitor of those pages asks (the preload is in the
 * shared HTML), and a 401 is a console error in every browser.
 */
export const answerMe = withDbErrors(async (request: NextRequest): Promise<Response> => {
  const view = request.nextUrl.searchParams.get("view");
  if (view !== null && view !== "dashboard") return Response.json({ error: "Unknown view" }, { status: 400, headers: PRIVATE });
  const user = await userForClaims(await claimsFromCookies((name) => request.cookies.get(name)?.value));
  if (!user) return Response.json(null, { headers: PRIVATE });
  const verified = user.emailVerifiedAt !== null;
  const account = { id: user.id, name: user.name, email: user.email, emailVerified: verified, mailOff: verified ? null : mailOffMessage() };
  if (view === null) {
    const me: Me = { ...account, levels: await getLevels(user.id) };
    return Response.json(me, { headers: PRIVATE });
  }
  const now = new Date();
  // The goal comes with the session's user row; without one there is no pace to look back for.
  const goal = storedGoal(user);
  const [levels, { history, recent }] = await Promise.all([getLevels(user.id), getDashboardLog(user.id, goal ? paceWindowStart(now) : null)]);
  const me: Me = { ...account, levels, dashboard: dashboardView({ levels, history, recent, goal, now }) };
  return Response.json(me, { headers: PRIVATE });
});
