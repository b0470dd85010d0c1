import "server-only";
import { eq, sql } from "drizzle-orm";
import { storedGoal, type GoalInput } from "@/lib/goal-schemas";
import type { Tier } from "@/lib/tiers";
import type { QueryDb } from "../client";
import { prepared } from "../prepared";
import { users } from "../tables";
import { write } from "../tx";

export type Goal = { tier: Tier; targetDate: string };

/** The learner's goal, or null when none is set (or the stored pair is incomplete). */
export async function getGoal(userId: string): Promise<Goal | null> {
  const statement = prepared("goal", (q) =>
    q.select({ goalTier: users.goalTier, goalDate: users.goalDate }).from(users).where(eq(users.id, sql.placeholder("userId"))),
  );
  const [row] = await statement.execute({ userId });
  return row ? storedGoal(row) : null;
}

/** Sets (or with null clears) the goal through `q` (a transaction's, or the database's); false when the user no longer exists. */
export async function writeGoal(q: QueryDb, userId: string, goal: GoalInput | null): Promise<boolean> {
  const rows = await q
    .update(users)
    .set({ goalTier: goal?.tier ?? null, goalDate: goal?.targetDate ?? null })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Sets (or with null clears) the goal; false when the user no longer exists. */
export async function setGoal(userId: string, goal: GoalInput | null): Promise<boolean> {
  return write((q) => writeGoal(q, userId, goal));
}
