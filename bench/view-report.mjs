import { describeRun, printTable } from "./report.mjs";

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
const percent = (ratio) => (Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : "-");
const verdict = (met) => (met === null ? "" : met ? "met" : "NOT met");

/** Issue 17's view table and goals for one run (run.views, run.viewGoals, run.prefetchChecks set). */
export function printViews(run, parts) {
  console.log(`\n== Views (issue 17): ${describeRun(run)} ==`);
  console.log("A view is the document plus the page's own data requests while it loads; views/s = 1 / Σ(1 / req/s of each).");
  for (const view of run.views) {
    const made = parts[view.key];
    const what = made ? made.requests.map((r) => r.what).join(" + ") : "document (not loaded in Chromium)";
    const prefetched = made?.prefetches.length ? `; prefetches: ${made.prefetches.map((p) => p.path).join(", ")}` : "";
    console.log(`  ${view.label}: ${what}${prefetched}`);
  }
  const ratios = new Map(run.viewGoals.ratios.map((r) => [r.key, r]));
  printTable(
    ["view", "views/s", "vs landing", "goal", "", "server CPU ms/view", "prefetches", "prefetch CPU ms/view"],
    run.views.map((v) => {
      const r = ratios.get(v.key);
      return [v.label, fixed(v.rps), percent(r.ratio), r.goal ? `≥${percent(r.goal)}` : "", verdict(r.met), fixed(v.serverCpuMsPerView, 2), v.prefetches, fixed(v.prefetchCpuMsPerView, 2)];
    }),
  );
  console.log("\nGoals of issue 17:");
  for (const c of run.viewGoals.cpu) {
    console.log(`  ${c.label}: ${fixed(c.cpuMs, 2)} ms of server CPU per view, goal ≤ ${fixed(c.limitMs, 2)} (2× the landing page's): ${verdict(c.met)}`);
  }
  const lc = run.viewGoals.levelChangeCpu;
  if (lc) console.log(`  level change: ${fixed(lc.cpuMs, 2)} ms of server CPU per action, the bare app's no-op ${fixed(lc.noOpCpuMs, 2)}: ${fixed(lc.overMs, 2)} ms over, goal ≤ 1: ${verdict(lc.met)}`);
  else console.log("  level change against the no-op action: not scored (needs the level change row and the floor)");
  for (const p of run.prefetchChecks) {
    console.log(`  prefetches on ${p.page}: ${p.prefetches} for ${p.links} links${p.fetchedTwice.length ? `, fetched twice: ${p.fetchedTwice.join(", ")}` : ""}: ${verdict(p.met)}`);
  }
}
