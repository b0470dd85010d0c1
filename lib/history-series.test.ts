import { describe, expect, it } from "vitest";
import { readinessHistory, type ChangeEvent, type HistoryPoint } from "./history";
import { historySeries, toChartSeries, weekStart, withoutStartPoint, WEEKLY_AFTER_DAYS } from "./history-series";

const at = (iso: string) => new Date(iso);
const point = (date: string, junior = 0): HistoryPoint => ({ date, junior, mid: 0, senior: 0 });
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);

describe("historySeries", () => {
  it("is empty without changes", () => {
    expect(historySeries([])).toEqual({ granularity: "day", points: [] });
  });

  it("plots one day of history as one point, without an invented yesterday", () => {
    const series = historySeries([
      { skillId: "linux-basics", newLevel: 1, changedAt: at("2026-03-10T09:00:00Z") },
      { skillId: "git", newLevel: 1, changedAt: at("2026-03-10T10:00:00Z") },
    ]);
    expect(series).toEqual({ granularity: "day", points: [{ date: "2026-03-10", junior: 10, mid: 3, senior: 1 }] });
  });

  it("keeps every recorded day while the span is at most 60 days", () => {
    const changes: ChangeEvent[] = [
      { skillId: "git", newLevel: 1, changedAt: at("2026-01-01T12:00:00Z") },
      { skillId: "docker", newLevel: 1, changedAt: at("2026-01-15T12:00:00Z") },
      { skillId: "redis", newLevel: 1, changedAt: at("2026-03-02T12:00:00Z") }, // 60 days after the first
    ];
    const series = historySeries(changes);
    expect(series.granularity).toBe("day");
    expect(series.points.map((p) => [p.date, p.junior])).toEqual([
      ["2026-01-01", 5],
      ["2026-01-15", 10],
      ["2026-03-02", 15],
    ]);
  });

  it("plots the last value of each ISO week once the span passes 60 days", () => {
    const changes: ChangeEvent[] = [
      { skillId: "git", newLevel: 1, changedAt: at("2026-01-05T08:00:00Z") }, // Monday
      { skillId: "docker", newLevel: 1, changedAt: at("2026-01-11T20:00:00Z") }, // Sunday, same week
      { skillId: "redis", newLevel: 1, changedAt: at("2026-01-12T08:00:00Z") }, // next Monday
      { skillId: "redis", newLevel: 0, changedAt: at("2026-01-14T08:00:00Z") }, // same week, lowered
      { skillId: "flask", newLevel: 1, changedAt: at("2026-03-07T08:00:00Z") }, // 61 days after the first
    ];
    const series = historySeries(changes);
    expect(series.granularity).toBe("week");
    expect(series.points.map((p) => [p.date, p.junior])).toEqual([
      ["2026-01-11", 10],
      ["2026-01-14", 10],
      ["2026-03-07", 15],
    ]);
  });
});

describe("toChartSeries", () => {
  it("switches to weeks just past the threshold, not at it", () => {
    expect(toChartSeries([point("2026-01-01"), point(addDays("2026-01-01", WEEKLY_AFTER_DAYS))]).granularity).toBe("day");
    expect(toChartSeries([point("2026-01-01"), point(addDays("2026-01-01", WEEKLY_AFTER_DAYS + 1))]).granularity).toBe("week");
  });

  it("sorts its input and gives a long daily history one point per week, the latest last", () => {
    const days = Array.from({ length: 100 }, (_, i) => point(addDays("2026-01-05", i), i));
    const series = toChartSeries([...days].reverse());
    expect(series.granularity).toBe("week");
    expect(series.points).toHaveLength(15); // 14 full weeks from a Monday, then 2 days
    expect(series.points[0]).toEqual(point("2026-01-11", 6));
    expect(series.points.at(-1)).toEqual(days.at(-1));
    const weeks = series.points.map((p) => weekStart(p.date));
    expect(new Set(weeks).size).toBe(weeks.length);
  });
});

describe("weekStart", () => {
  it("gives the Monday of the ISO week, across month and year ends", () => {
    expect(weekStart("2026-01-05")).toBe("2026-01-05");
    expect(weekStart("2026-01-11")).toBe("2026-01-05");
    expect(weekStart("2026-01-12")).toBe("2026-01-12");
    expect(weekStart("2026-01-01")).toBe("2025-12-29");
    expect(weekStart("1970-01-01")).toBe("1969-12-29");
    expect(weekStart("1969-12-25")).toBe("1969-12-22");
  });
});

describe("withoutStartPoint", () => {
  const changes: ChangeEvent[] = [{ skillId: "git", newLevel: 1, changedAt: at("2026-03-10T00:30:00Z") }];

  it("drops readinessHistory's invented day before the first change", () => {
    const history = readinessHistory(changes);
    expect(history[0]!.date).toBe("2026-03-09");
    expect(withoutStartPoint(history, changes).map((p) => p.date)).toEqual(["2026-03-10"]);
  });

  it("keeps a series that has no invented day", () => {
    const real = [point("2026-03-10", 5), point("2026-03-11", 10)];
    expect(withoutStartPoint(real, changes)).toEqual(real);
  });
});
