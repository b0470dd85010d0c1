import type { Level } from "./levels";
import { readinessPercents } from "./readiness";

export type ChangeEvent = { skillId: string; newLevel: Level; changedAt: Date };

export type HistoryPoint = { date: string; junior: number; mid: number; senior: number };

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Replays the change log into one readiness point per day with changes (the state at the end of
 * that day), preceded by a 0 % point the day before the first change so a single day still draws
 * a line.
 */
export function readinessHistory(changes: readonly ChangeEvent[]): HistoryPoint[] {
  if (changes.length === 0) return [];
  const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const days = sorted.map((change) => day(change.changedAt));
  const levels: Record<string, Level> = {};
  const byDay: HistoryPoint[] = [];
  for (let i = 0; i < sorted.length; i++) {
    levels[sorted[i]!.skillId] = sorted[i]!.newLevel;
    const date = days[i]!;
    // A day's point is its state after its last change: readiness is computed once per day.
    if (days[i + 1] === date) continue;
    const { junior, mid, senior } = readinessPercents(levels);
    byDay.push({ date, junior, mid, senior });
  }
  const first = sorted[0]!.changedAt;
  const start = day(new Date(first.getTime() - 24 * 60 * 60 * 1000));
  return [{ date: start, junior: 0, mid: 0, senior: 0 }, ...byDay];
}
