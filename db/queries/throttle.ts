import "server-only";
import { and, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { checkThrottle, recordFailure, type ThrottleCheck, type ThrottlePolicy, type ThrottleState } from "@/lib/throttle-policy";
import { getDb } from "../client";
import { authThrottle } from "../schema";

function read(key: string): ThrottleState | null {
  const row = getDb().select().from(authThrottle).where(eq(authThrottle.key, key)).get();
  return row ? { failures: row.failures, windowStart: row.windowStart.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null } : null;
}

/** The strictest answer over several keys (an account and a client address, say). */
export async function checkKeys(keys: string[], now = Date.now()): Promise<ThrottleCheck> {
  let worst: ThrottleCheck = { allowed: true };
  for (const key of keys) {
    const check = checkThrottle(read(key), now);
    if (!check.allowed && (worst.allowed || check.retryAfterMs > worst.retryAfterMs)) worst = check;
  }
  return worst;
}

/** Counts one failure per key, atomically, so every process on the database file shares the counters. */
export async function recordFailures(entries: { key: string; policy: ThrottlePolicy }[], now = Date.now()): Promise<void> {
  getDb().transaction(
    (tx) => {
      for (const { key, policy } of entries) {
        const next = recordFailure(read(key), now, policy);
        const values = { failures: next.failures, windowStart: new Date(next.windowStart), lockedUntil: next.lockedUntil ? new Date(next.lockedUntil) : null };
        tx.insert(authThrottle)
          .values({ key, ...values })
          .onConflictDoUpdate({ target: authThrottle.key, set: values })
          .run();
      }
    },
    { behavior: "immediate" },
  );
}

export async function clearKeys(keys: string[]): Promise<void> {
  if (keys.length > 0) getDb().delete(authThrottle).where(inArray(authThrottle.key, keys)).run();
}

/**
 * Housekeeping: deletes rows whose window is over under every policy (`longestWindowMs`) and
 * whose lock has ended. Such a row counts for nothing: the next failure starts a fresh window.
 * Returns rows deleted.
 */
export async function pruneThrottle(now: number, longestWindowMs: number): Promise<number> {
  return getDb()
    .delete(authThrottle)
    .where(
      and(
        lte(authThrottle.windowStart, new Date(now - longestWindowMs)),
        or(isNull(authThrottle.lockedUntil), lte(authThrottle.lockedUntil, new Date(now))),
      ),
    )
    .run().changes;
}
