import "server-only";
import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import type { ChangeEvent } from "@/lib/history";
import type { Level } from "@/lib/levels";
import type { LoggedChange } from "@/lib/pace";
import type { QueryDb } from "../client";
import { prepared } from "../prepared";
import type { Bound } from "../tx";
import { levelChanges, levelDays } from "../tables";

/** What the Dashboard's history chart and pace need of the change log (lib/dashboard-view.ts). */
export type DashboardLog = {
  /** Each skill's last change of each UTC day: the same chart as the whole log. */
  history: ChangeEvent[];
  /** Each skill's first change after `since`, or an earlier one of the same day: the same pace. */
  recent: LoggedChange[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A level change as db/queries/levels.ts writes it, `day` its UTC day (whole days since 1970-01-01). */
type DayWriteRow = { userId: string; skillId: string; oldLevel: number; newLevel: number; now: Date; day: number };

// The log's day (db/schema.ts level_days): a change earlier than the day's first (another process's
// clock) becomes its first, one at or after its last becomes its last, as the log's order (time,
// then id) has it.
export function recordDays(q: QueryDb, rows: readonly Bound<DayWriteRow>[]) {
  const d = levelDays;
  return q
    .insert(d)
    .values(
      rows.map((r) => ({
        userId: r.userId,
        day: r.day,
        skillId: r.skillId,
        firstChangedAt: r.now,
        firstOldLevel: r.oldLevel,
        lastChangedAt: r.now,
        lastLevel: r.newLevel,
      })),
    )
    .onConflictDoUpdate({
      target: [d.userId, d.day, d.skillId],
      set: {
        firstOldLevel: sql`case when excluded.first_changed_at < ${d.firstChangedAt} then excluded.first_old_level else ${d.firstOldLevel} end`,
        firstChangedAt: sql`case when excluded.first_changed_at < ${d.firstChangedAt} then excluded.first_changed_at else ${d.firstChangedAt} end`,
        lastLevel: sql`case when excluded.last_changed_at >= ${d.lastChangedAt} then excluded.last_level else ${d.lastLevel} end`,
        lastChangedAt: sql`case when excluded.last_changed_at >= ${d.lastChangedAt} then excluded.last_changed_at else ${d.lastChangedAt} end`,
      },
    });
}

const selectDays = (q: QueryDb) =>
  q
    .select({
      day: levelDays.day,
      skillId: levelDays.skillId,
      firstChangedAt: levelDays.firstChangedAt,
      firstOldLevel: levelDays.firstOldLevel,
      lastChangedAt: levelDays.lastChangedAt,
      lastLevel: levelDays.lastLevel,
    })
    .from(levelDays)
    .where(eq(levelDays.userId, sql.placeholder("userId")))
    .orderBy(asc(levelDays.day));

const selectChangesBetween = (q: QueryDb) =>
  q
    .select({ skillId: levelChanges.skillId, oldLevel: levelChanges.oldLevel, newLevel: levelChanges.newLevel, changedAt: levelChanges.changedAt })
    .from(levelChanges)
    .where(
      and(
        eq(levelChanges.userId, sql.placeholder("userId")),
        gt(levelChanges.changedAt, sql.param(sql.placeholder("after"), levelChanges.changedAt)),
        lt(levelChanges.changedAt, sql.param(sql.placeholder("before"), levelChanges.changedAt)),
      ),
    )
    .orderBy(asc(levelChanges.id));

/**
 * The change log as the Dashboard needs it, read from its days (db/schema.ts level_days) so the
 * cost follows the days a learner was active, not the number of changes. Only the day holding
 * `since` is read from the log itself (the pace looks back from a moment, not a day boundary);
 * without a `since` (no goal, so no pace) neither that nor `recent`.
 */
export async function getDashboardLog(userId: string, since: Date | null): Promise<DashboardLog> {
  const sinceDay = since ? Math.floor(since.getTime() / DAY_MS) : null;
  const [days, sinceDayChanges] = await Promise.all([
    prepared("level_days", selectDays).execute({ userId }),
    since && sinceDay !== null
      ? prepared("level_changes_between", selectChangesBetween).execute({ userId, after: since, before: new Date((sinceDay + 1) * DAY_MS) })
      : [],
  ]);
  const history: ChangeEvent[] = days.map((d) => ({ skillId: d.skillId, newLevel: d.lastLevel as Level, changedAt: d.lastChangedAt }));
  if (sinceDay === null) return { history, recent: [] };
  const recent: LoggedChange[] = sinceDayChanges.map((c) => ({ ...c, oldLevel: c.oldLevel as Level, newLevel: c.newLevel as Level }));
  for (const d of days) {
    if (d.day > sinceDay) recent.push({ skillId: d.skillId, oldLevel: d.firstOldLevel as Level, newLevel: d.lastLevel as Level, changedAt: d.firstChangedAt });
  }
  return { history, recent };
}
