// A change log as a database written before level_days holds it, and the rows the backfill in
// drizzle/*/…_level-days.sql must make of it (db/migrate.test.ts, db/migrate-postgres.test.ts).

const DAY = 24 * 60 * 60 * 1000;
const T = Date.UTC(2026, 2, 1, 10);

/** [user, skill, old, new, changedAt ms], in id order: times out of id order, ties, midnight. */
export const OLD_LOG: readonly [string, string, number, number, number][] = [
  ["u-1", "git", 0, 1, T],
  ["u-1", "git", 1, 2, T + 1000],
  ["u-1", "git", 2, 3, T - 5000],
  ["u-1", "sql", 0, 2, T],
  ["u-1", "sql", 2, 1, T],
  ["u-1", "git", 3, 0, Math.ceil(T / DAY) * DAY - 1],
  ["u-1", "git", 0, 2, Math.ceil(T / DAY) * DAY],
  ["u-2", "git", 0, 3, T],
  ["u-1", "sql", 1, 3, T + 3 * DAY],
];

export type DayRow = { user_id: string; day: number; skill_id: string; first_changed_at: number; first_old_level: number; last_changed_at: number; last_level: number };

/** Per user, skill and UTC day: the first change by (time, id), the last by (time, id). */
export function expectedLevelDays(log: typeof OLD_LOG): DayRow[] {
  const rows = new Map<string, DayRow>();
  log.forEach(([user, skill, oldLevel, newLevel, at]) => {
    const day = Math.floor(at / DAY);
    const key = `${user} ${skill} ${day}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { user_id: user, day, skill_id: skill, first_changed_at: at, first_old_level: oldLevel, last_changed_at: at, last_level: newLevel });
      return;
    }
    if (at < row.first_changed_at) Object.assign(row, { first_changed_at: at, first_old_level: oldLevel });
    if (at >= row.last_changed_at) Object.assign(row, { last_changed_at: at, last_level: newLevel });
  });
  return [...rows.values()].sort((a, b) => a.user_id.localeCompare(b.user_id) || a.day - b.day || a.skill_id.localeCompare(b.skill_id));
}
