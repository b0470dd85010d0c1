import { describe, expect, it } from "vitest";
import { readinessHistory } from "./history";

const at = (iso: string) => new Date(iso);

describe("readinessHistory", () => {
  it("is empty without changes", () => {
    expect(readinessHistory([])).toEqual([]);
  });

  it("gives one day of changes a starting point, so the chart has a line", () => {
    const points = readinessHistory([
      { skillId: "linux-basics", newLevel: 1, changedAt: at("2026-03-10T09:00:00Z") },
      { skillId: "git", newLevel: 1, changedAt: at("2026-03-10T10:00:00Z") },
    ]);
    expect(points).toEqual([
      { date: "2026-03-09", junior: 0, mid: 0, senior: 0 },
      { date: "2026-03-10", junior: 10, mid: 3, senior: 1 },
    ]);
  });

  it("keeps the end-of-day state, replays in time order and follows decreases", () => {
    const points = readinessHistory([
      { skillId: "python-fundamentals", newLevel: 3, changedAt: at("2026-03-12T08:00:00Z") },
      { skillId: "python-fundamentals", newLevel: 2, changedAt: at("2026-03-10T08:00:00Z") },
      { skillId: "python-fundamentals", newLevel: 0, changedAt: at("2026-03-13T08:00:00Z") },
    ]);
    expect(points.map((p) => [p.date, p.junior, p.mid])).toEqual([
      ["2026-03-09", 0, 0],
      ["2026-03-10", 10, 3],
      ["2026-03-12", 10, 5],
      ["2026-03-13", 0, 0],
    ]);
  });
});
