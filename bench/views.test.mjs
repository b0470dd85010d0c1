import { describe, expect, it } from "vitest";
import { buildViews, checkPrefetches, checkViewGoals, cpuPerView, viewsPerSecond } from "./views.mjs";

describe("viewsPerSecond", () => {
  it("is the rate of the parts answered one after the other: 1 / Σ(1 / rps)", () => {
    expect(viewsPerSecond([800])).toBe(800);
    expect(viewsPerSecond([400, 400])).toBe(200);
    expect(viewsPerSecond([600, 300])).toBeCloseTo(200);
    expect(viewsPerSecond([100, 100, 50])).toBeCloseTo(25);
  });

  it("has no rate when a part was not measured or never answered", () => {
    expect(viewsPerSecond([])).toBeNaN();
    expect(viewsPerSecond([800, undefined])).toBeNaN();
    expect(viewsPerSecond([800, 0])).toBeNaN();
    expect(viewsPerSecond([800, NaN])).toBeNaN();
  });
});

describe("cpuPerView", () => {
  it("adds the parts' CPU per request", () => {
    expect(cpuPerView([2.5, 1.5])).toBe(4);
    expect(cpuPerView([2, undefined])).toBeNaN();
  });
});

const rows = [
  { key: "static", rps: 800, serverCpuMsPerRequest: 2 },
  { key: "profile", rps: 760, serverCpuMsPerRequest: 2.1 },
  { key: "badge", rps: 700, serverCpuMsPerRequest: 2.3 },
  { key: "notFound", rps: 680, serverCpuMsPerRequest: 2.4 },
  { key: "dashboard", rps: 300, serverCpuMsPerRequest: 5 },
  { key: "skills", rps: 900, serverCpuMsPerRequest: 1.5 },
  { key: "skillsData", rps: 900, serverCpuMsPerRequest: 1.5 },
];

describe("buildViews", () => {
  it("makes a view of the document alone when nothing else was seen, and of every part otherwise", () => {
    const views = buildViews(
      {
        skills: { requests: [{ row: "skills", what: "document" }, { row: "skillsData", what: "GET /api/me/levels" }], prefetches: [{ path: "/dashboard", row: "dashboard" }] },
      },
      rows,
    );
    const byKey = Object.fromEntries(views.map((v) => [v.key, v]));
    expect(byKey.static).toMatchObject({ requests: ["document"], rps: 800, serverCpuMsPerView: 2, prefetches: 0, prefetchCpuMsPerView: 0 });
    expect(byKey.skills.requests).toEqual(["document", "GET /api/me/levels"]);
    expect(byKey.skills.rps).toBeCloseTo(450);
    expect(byKey.skills.serverCpuMsPerView).toBe(3);
    expect(byKey.skills).toMatchObject({ prefetches: 1, prefetchCpuMsPerView: 5 });
  });

  it("leaves a view without a rate when one of its parts has no row", () => {
    const [landing] = buildViews({ static: { requests: [{ row: "static", what: "document" }, { row: "missing", what: "POST /" }], prefetches: [] } }, rows);
    expect(landing.rps).toBeNaN();
  });
});

describe("checkViewGoals", () => {
  it("scores each view against the landing page, CPU per signed-in view, and the level change's CPU", () => {
    const goals = checkViewGoals(buildViews({}, rows), {
      levelChange: { serverCpuMsPerRequest: 5.5 },
      floorAction: { serverCpuMsPerRequest: 4.7 },
    });
    const ratio = Object.fromEntries(goals.ratios.map((r) => [r.key, r]));
    expect(ratio.static).toMatchObject({ ratio: 1, goal: null, met: null });
    expect(ratio.profile).toMatchObject({ ratio: 0.95, goal: 0.9, met: true });
    expect(ratio.badge.met).toBe(false);
    expect(ratio.notFound).toMatchObject({ ratio: 0.85, goal: 0.8, met: true });
    expect(ratio.dashboard).toMatchObject({ ratio: 0.375, goal: 0.5, met: false });
    expect(ratio.skills.met).toBe(true);
    const cpu = Object.fromEntries(goals.cpu.map((c) => [c.key, c]));
    expect(cpu.dashboard).toMatchObject({ cpuMs: 5, limitMs: 4, met: false });
    expect(cpu.skills).toMatchObject({ cpuMs: 1.5, met: true });
    expect(goals.levelChangeCpu.overMs).toBeCloseTo(0.8);
    expect(goals.levelChangeCpu.met).toBe(true);
  });

  it("has no level-change verdict without the floor, and no ratio without a landing rate", () => {
    const goals = checkViewGoals(buildViews({}, rows.filter((r) => r.key !== "static")));
    expect(goals.levelChangeCpu).toBeNull();
    expect(goals.ratios.find((r) => r.key === "skills")).toMatchObject({ met: false });
    expect(goals.ratios.find((r) => r.key === "skills").ratio).toBeNaN();
  });
});

describe("checkPrefetches", () => {
  it("allows one prefetch per link and names a link fetched twice", () => {
    expect(checkPrefetches("/", [])).toEqual({ page: "/", prefetches: 0, links: 0, fetchedTwice: [], met: true });
    const once = checkPrefetches("/", [{ path: "/login", tree: true }, { path: "/login", tree: false }]);
    expect(once).toMatchObject({ prefetches: 2, links: 1, fetchedTwice: [], met: true });
    const twice = checkPrefetches("/", [{ path: "/login", tree: true }, { path: "/login", tree: true }, { path: "/signup", tree: true }]);
    expect(twice).toMatchObject({ prefetches: 3, links: 2, fetchedTwice: ["/login"], met: false });
    const threeRequests = checkPrefetches("/", [{ path: "/a", tree: true }, { path: "/a" }, { path: "/a" }]);
    expect(threeRequests.fetchedTwice).toEqual(["/a"]);
  });
});
