import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { ChangeEvent } from "@/lib/history";
import type { Level } from "@/lib/levels";
import type { LoggedChange } from "@/lib/pace";
import type { QueryDb } from "../client";
import { prepared } from "../prepared";
import { levelChanges } from "../tables";
import { utcDayOf } from "../utc-day";

// What the Dashboard needs of the change log, cut down in the database so that the read does not
// grow with the number of changes: a learner clicking through levels all day adds hundreds of
// rows, and the whole log (listLevelChanges, for the export) would travel and be replayed on every
// Dashboard view. Each query picks one row per group with row_number(), ordered as lib/ orders the
// log (time, then the order written), so lib/dashboard-view.ts computes exactly what it would from
// the whole log (db/queries/level-history.test.ts compares them).

const lastOfEachDay = (q: QueryDb) => {
  const ranked = q
    .select({
      skillId: levelChanges.skillId,
      newLevel: levelChanges.newLevel,
      changedAt: levelChanges.changedAt,
      rank: sql<number>`row_number() over (partition by ${levelChanges.skillId}, ${utcDayOf(levelChanges.changedAt)} order by ${levelChanges.changedAt} desc, ${levelChanges.id} desc)`.as(
        "rank",
      ),
    })
    .from(levelChanges)
    .where(eq(levelChanges.userId, sql.placeholder("userId")))
    .as("ranked");
  return q
    .select({ skillId: ranked.skillId, newLevel: ranked.newLevel, changedAt: ranked.changedAt })
    .from(ranked)
    .where(eq(ranked.rank, 1))
    .orderBy(asc(ranked.changedAt));
};

/** For the history chart: each skill's last change of each UTC day, oldest first. */
export async function listDailyLastChanges(userId: string): Promise<ChangeEvent[]> {
  const rows = await prepared("level_changes_daily", lastOfEachDay).execute({ userId });
  return rows.map((r) => ({ ...r, newLevel: r.newLevel as Level }));
}

const firstSince = (q: QueryDb) => {
  const ranked = q
    .select({
      skillId: levelChanges.skillId,
      oldLevel: levelChanges.oldLevel,
      newLevel: levelChanges.newLevel,
      changedAt: levelChanges.changedAt,
      rank: sql<number>`row_number() over (partition by ${levelChanges.skillId} order by ${levelChanges.changedAt}, ${levelChanges.id})`.as("rank"),
    })
    .from(levelChanges)
    .where(and(eq(levelChanges.userId, sql.placeholder("userId")), gt(levelChanges.changedAt, sql.param(sql.placeholder("since"), levelChanges.changedAt))))
    .as("ranked");
  return q
    .select({ skillId: ranked.skillId, oldLevel: ranked.oldLevel, newLevel: ranked.newLevel, changedAt: ranked.changedAt })
    .from(ranked)
    .where(eq(ranked.rank, 1))
    .orderBy(asc(ranked.changedAt));
};

/** For the pace: each skill's first change after `since` (lib/pace.ts paceWindowStart). */
export async function listFirstChangesSince(userId: string, since: Date): Promise<LoggedChange[]> {
  const rows = await prepared("level_changes_first_since", firstSince).execute({ userId, since });
  return rows.map((r) => ({ ...r, oldLevel: r.oldLevel as Level, newLevel: r.newLevel as Level }));
}
