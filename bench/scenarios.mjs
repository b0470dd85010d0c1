import { SKILL_IDS } from "../lib/roadmap.ts";
import { actionRequest, actionSucceeded } from "./action-id.mjs";

export const ACTION_LATENCY_CONNECTIONS = 10;

/**
 * The measured rows, in order. The static landing page comes first: every other row's
 * throughput is compared with it. `next(origin)` is the next request to send to the server at
 * `origin`: with several servers loaded together, an action carries the Origin of the server it
 * goes to, as a browser on that server would.
 */
export function buildScenarios({ random, handles, cookies, actionId }) {
  const handle = () => encodeURIComponent(random.pick(handles));
  const signedIn = (path) => () => ({ method: "GET", path, headers: { Cookie: random.pick(cookies) } });
  const levelChange = (origin) =>
    actionRequest(origin, actionId, random.pick(cookies), random.pick(SKILL_IDS), random.int(0, 3));
  return [
    { key: "static", label: "static page /", next: () => ({ method: "GET", path: "/" }) },
    { key: "profile", label: "public profile /u/<handle>", next: () => ({ method: "GET", path: `/u/${handle()}` }) },
    { key: "badge", label: "badge /u/<handle>/badge.svg", next: () => ({ method: "GET", path: `/u/${handle()}/badge.svg` }) },
    // A different unknown path each time, as links to pages that never existed arrive.
    { key: "notFound", label: "unknown path (404)", next: () => ({ method: "GET", path: `/no-such-page/${random.int(0, 1_000_000)}` }), expectedStatus: 404 },
    { key: "dashboard", label: "dashboard (signed in)", next: signedIn("/dashboard") },
    { key: "skills", label: "skills (signed in)", next: signedIn("/skills") },
    // What a cached shell (Skills) asks for the signed-in user's data.
    { key: "me", label: "GET /api/me (signed in)", next: signedIn("/api/me") },
    // The Dashboard shell's one read: the account, levels and the Dashboard's numbers.
    { key: "meDashboard", label: "GET /api/me?view=dashboard (signed in)", next: signedIn("/api/me?view=dashboard") },
    { key: "levelChange", label: "level change (action)", next: levelChange, isSuccess: actionSucceeded },
    {
      key: "levelChange10",
      label: `level change @${ACTION_LATENCY_CONNECTIONS} conn.`,
      next: levelChange,
      isSuccess: actionSucceeded,
      connections: ACTION_LATENCY_CONNECTIONS,
    },
  ];
}
