import { readinessHistory, type ChangeEvent, type HistoryPoint } from "./history";

/** Past this many days between the first and last recorded day, the chart plots weeks. */
export const WEEKLY_AFTER_DAYS = 60;

export type HistorySeries = {
  /** "week": one point per ISO week (Monday to Sunday, UTC), the last recorded day of it. */
  granularity: "day" | "week";
  /** Oldest first; each point keeps the date its values were recorded on. */
  points: HistoryPoint[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** The Monday starting the ISO week of a "YYYY-MM-DD" day. */
export function weekStart(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * readinessHistory starts with an invented 0 % point the day before the first change; a chart
 * must not plot it. Recognised by its date (before the first change's day), so nothing is lost
 * if readinessHistory stops adding it.
 */
export function withoutStartPoint(history: readonly HistoryPoint[], changes: readonly ChangeEvent[]): HistoryPoint[] {
  if (changes.length === 0) return [...history];
  const first = changes.reduce((min, c) => Math.min(min, c.changedAt.getTime()), Infinity);
  const firstDay = new Date(first).toISOString().slice(0, 10);
  return history.filter((p, i) => !(i === 0 && p.date < firstDay));
}

/** Recorded days as the chart should plot them: every day, or weekly once the span is long. */
export function toChartSeries(days: readonly HistoryPoint[]): HistorySeries {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || dayNumber(last.date) - dayNumber(first.date) <= WEEKLY_AFTER_DAYS) {
    return { granularity: "day", points: sorted };
  }
  const byWeek = new Map<string, HistoryPoint>();
  for (const point of sorted) byWeek.set(weekStart(point.date), point);
  return { granularity: "week", points: [...byWeek.values()] };
}

/** The change log straight to the chart's series: one point for one day of history, no invented yesterday. */
export function historySeries(changes: readonly ChangeEvent[]): HistorySeries {
  return toChartSeries(withoutStartPoint(readinessHistory(changes), changes));
}
