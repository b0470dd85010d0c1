// `npm run lighthouse`: Lighthouse desktop scores of the main pages on a seeded database.
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./app-server.mjs";
import { launchChromium } from "./chromium.mjs";
import { startEnvironment } from "./environment.mjs";
import { describeMachine } from "./machine.mjs";
import { parseOptions } from "./options.mjs";
import { writeResults } from "./report.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices"];
const root = fileURLToPath(new URL("..", import.meta.url));

// A run Lighthouse itself could not complete (NO_NAVSTART, NO_FCP: a trace lost on a busy machine)
// says nothing about the page: it is run again, up to three times. A score is never retried.
const ATTEMPTS = 3;

async function runLighthouse(port, url, cookie) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(
      url,
      { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, extraHeaders: cookie ? { Cookie: cookie } : undefined },
      desktopConfig,
    );
    if (!lhr.runtimeError) return lhr;
    const message = `${url}: ${lhr.runtimeError.code ?? ""} ${lhr.runtimeError.message}`;
    if (attempt >= ATTEMPTS) throw new Error(message);
    console.log(`  run ${attempt} did not complete (${message}); again`);
  }
}

async function audit(port, url, cookie) {
  const lhr = await runLighthouse(port, url, cookie);
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
    .map((a) => ({
      id: a.id,
      displayValue: a.displayValue,
      items: (a.details?.items ?? []).slice(0, 5).map((i) => [i.url, i.description, i.node?.snippet].filter(Boolean).join(" ")),
    }));
  return {
    finalUrl: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    // The score rounds small shifts to 100; the goal is no shift at all.
    cumulativeLayoutShift: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
    failedAudits: failed,
  };
}

const options = parseOptions(process.argv.slice(2), { users: 1_000 });
ensureBuild(root, options.build);
const env = await startEnvironment(root, { users: options.users, seed: options.seed });
const chromium = await launchChromium().catch(async (error) => {
  await env.close();
  throw error;
});
// Every page a person reaches by links, signed in and as a visitor. Not the 404 page: Lighthouse
// refuses to audit a document answered with an error status (ERRORED_DOCUMENT_REQUEST).
const pages = [
  { page: "landing /", path: "/" },
  { page: "skills", path: "/skills", cookie: env.cookies[0] },
  { page: "dashboard", path: "/dashboard", cookie: env.cookies[0] },
  { page: "public profile", path: `/u/${env.handles[0]}` },
  { page: "notes", path: "/notes", cookie: env.cookies[0] },
  { page: "settings", path: "/settings", cookie: env.cookies[0] },
  { page: "skills (visitor)", path: "/skills" },
  { page: "dashboard (visitor)", path: "/dashboard" },
  { page: "log in", path: "/login" },
  { page: "sign up", path: "/signup" },
  { page: "forgot password", path: "/forgot-password" },
];
const results = [];
try {
  for (const { page, path, cookie } of pages) {
    console.log(`Lighthouse: ${page}…`);
    results.push({ page, path, ...(await audit(chromium.port, `${env.server.url}${path}`, cookie)) });
  }
} finally {
  await chromium.close();
  await env.close();
}

console.log(`\n${"page".padEnd(20)}  perf  a11y  best-practices     CLS`);
for (const r of results) {
  const s = r.scores;
  const cls = Number.isFinite(r.cumulativeLayoutShift) ? r.cumulativeLayoutShift.toFixed(3) : "-";
  console.log(`${r.page.padEnd(20)}  ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s["best-practices"]).padStart(14)}  ${cls.padStart(6)}`);
  if (r.failedAudits.length) console.log(`${"".padEnd(22)}below 100: ${r.failedAudits.map((a) => a.id).join(", ")}`);
}
const file = writeResults(root, "lighthouse", { date: new Date().toISOString(), machine: describeMachine(), options, results });
console.log(`\nResults written to ${file}`);
