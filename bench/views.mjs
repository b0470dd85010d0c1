// Issue 17's views: a view is the document plus every request the page itself makes for its data
// while it loads (JSON reads, server actions, RSC requests for the page itself); link prefetches of
// other pages are counted apart. Pure: the parts come from bench/view-parts.mjs (one load of each
// page in Chromium), the rates from the bench's measured rows.

/** Which measured row answers each kind of request a view is made of. */
export const VIEW_PAGES = [
  { key: "static", label: "landing page /", row: "static" },
  { key: "profile", label: "public profile /u/<handle>", row: "profile" },
  { key: "badge", label: "badge /u/<handle>/badge.svg", row: "badge" },
  { key: "notFound", label: "unknown path (404)", row: "notFound" },
  { key: "dashboard", label: "dashboard (signed in)", row: "dashboard" },
  { key: "skills", label: "skills (signed in)", row: "skills" },
];

/**
 * Views per second of requests answered one after the other by the same servers: each part takes
 * 1/rps of a second of their capacity, so a view takes the sum. A part never measured, or measured
 * with no answers, leaves the view without a rate.
 */
export function viewsPerSecond(rates) {
  if (rates.length === 0) return NaN;
  if (rates.some((rps) => !(rps > 0))) return NaN;
  return 1 / rates.reduce((sum, rps) => sum + 1 / rps, 0);
}

/** Server CPU per view: the parts' CPU per request, added up. */
export function cpuPerView(costs) {
  if (costs.length === 0 || costs.some((ms) => !Number.isFinite(ms))) return NaN;
  return costs.reduce((sum, ms) => sum + ms, 0);
}

/**
 * Each page's view from its parts: `parts` maps a page key to { requests: [{ row, what }], prefetches }
 * (what a load in Chromium made), `rows` are a run's measured rows. A request whose row is missing
 * makes the view's rate unknown (NaN), never faster.
 */
export function buildViews(parts, rows) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return VIEW_PAGES.flatMap((page) => {
    const made = parts[page.key] ?? { requests: [{ row: page.row, what: "document" }], prefetches: [] };
    const measured = made.requests.map((request) => byKey.get(request.row));
    const prefetchRows = made.prefetches.map((p) => byKey.get(p.row));
    return [{
      key: page.key,
      label: page.label,
      requests: made.requests.map((r) => r.what),
      rps: viewsPerSecond(measured.map((row) => row?.rps)),
      serverCpuMsPerView: cpuPerView(measured.map((row) => row?.serverCpuMsPerRequest)),
      prefetches: made.prefetches.length,
      // What the prefetches a view triggers cost the servers, apart from the view itself.
      prefetchCpuMsPerView: made.prefetches.length ? cpuPerView(prefetchRows.map((row) => row?.serverCpuMsPerRequest)) : 0,
    }];
  });
}

/** Issue 17's goals: views/s against the landing page's, CPU per signed-in view, the level change's CPU. */
export const VIEW_GOALS = {
  ratio: { dashboard: 0.5, skills: 0.5, notFound: 0.8, profile: 0.9, badge: 0.9 },
  signedInCpuTimesLanding: 2,
  levelChangeCpuOverNoOpMs: 1,
  prefetchesPerLink: 1,
};

/**
 * Each view's ratio to the landing page with its goal; CPU per signed-in view against twice the
 * landing page's; the level change's CPU per action against the bare app's no-op action (when the
 * floor was measured, else null).
 */
export function checkViewGoals(views, { levelChange, floorAction } = {}) {
  const landing = views.find((v) => v.key === "static");
  const ratios = views.map((v) => {
    const goal = VIEW_GOALS.ratio[v.key] ?? null;
    const ratio = landing?.rps > 0 ? v.rps / landing.rps : NaN;
    return { key: v.key, label: v.label, rps: v.rps, ratio, goal, met: goal === null ? null : Number.isFinite(ratio) && ratio >= goal };
  });
  const cpuLimit = landing ? landing.serverCpuMsPerView * VIEW_GOALS.signedInCpuTimesLanding : NaN;
  const cpu = views
    .filter((v) => v.key === "dashboard" || v.key === "skills")
    .map((v) => ({ key: v.key, label: v.label, cpuMs: v.serverCpuMsPerView, limitMs: cpuLimit, met: Number.isFinite(v.serverCpuMsPerView) && v.serverCpuMsPerView <= cpuLimit }));
  const levelChangeCpu =
    levelChange && floorAction
      ? (() => {
          const overMs = levelChange.serverCpuMsPerRequest - floorAction.serverCpuMsPerRequest;
          return { cpuMs: levelChange.serverCpuMsPerRequest, noOpCpuMs: floorAction.serverCpuMsPerRequest, overMs, met: Number.isFinite(overMs) && overMs <= VIEW_GOALS.levelChangeCpuOverNoOpMs };
        })()
      : null;
  return { ratios, cpu, levelChangeCpu };
}

/**
 * Prefetches per view against the links it shows: one prefetch of a link is its route tree and its
 * data (two requests); a link whose tree is fetched again, or with more requests, was fetched twice.
 */
export function checkPrefetches(page, prefetches) {
  const counts = new Map();
  for (const p of prefetches) {
    const c = counts.get(p.path) ?? { trees: 0, requests: 0 };
    counts.set(p.path, { trees: c.trees + (p.tree ? 1 : 0), requests: c.requests + 1 });
  }
  const limit = VIEW_GOALS.prefetchesPerLink;
  const twice = [...counts].filter(([, c]) => c.trees > limit || c.requests > 2 * limit).map(([path]) => path);
  return { page, prefetches: prefetches.length, links: counts.size, fetchedTwice: twice, met: twice.length === 0 };
}
