import { describe, expect, it } from "vitest";
import { dashboardView } from "./dashboard-view";
import { computePace } from "./pace";
import { computeReadiness } from "./readiness";
import { recommendNextWithRubric } from "./recommendations";

const now = new Date("2026-03-10T12:00:00Z");

describe("dashboardView", () => {
  it("without a goal: readiness, learn next and history, no pace", () => {
    const levels = { git: 3 as const };
    const changes = [{ skillId: "git", oldLevel: 0 as const, newLevel: 3 as const, changedAt: new Date("2026-03-01T10:00:00Z") }];
    const view = dashboardView({ levels, history: changes, recent: changes, goal: null, now });
    expect(view.readiness).toEqual(computeReadiness(levels));
    expect(view.goal).toBeNull();
    expect(view.pace).toBeNull();
    expect(view.learnNext).toEqual(recommendNextWithRubric(levels));
    expect(view.history.points.at(-1)?.date).toBe("2026-03-01");
    expect(view.mapTier).toBe("junior");
  });

  it("with a goal: its pace, and the map opens on the goal's tier", () => {
    const goal = { tier: "senior" as const, targetDate: "2026-06-01" };
    const view = dashboardView({ levels: {}, history: [], recent: [], goal, now });
    expect(view.mapTier).toBe("senior");
    expect(view.pace).toEqual(computePace({ ...goal, now, levels: {}, changes: [] }));
  });

  it("is plain JSON: a round trip changes nothing", () => {
    const view = dashboardView({ levels: { git: 2 }, history: [], recent: [], goal: { tier: "mid", targetDate: "2026-04-01" }, now });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
