import "server-only";
import { and, eq, gt, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import {
  checkThrottle,
  lockSchedule,
  recordFailure,
  type ThrottleCheck,
  type ThrottlePolicy,
  type ThrottleReservation,
  type ThrottleState,
} from "@/lib/throttle-policy";
import { db } from "../client";
import { authThrottle as t } from "../tables";
import { write } from "../tx";

type Row = typeof t.$inferSelect;

function toState(row: Row): ThrottleState {
  return { failures: row.failures, windowStart: row.windowStart.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null };
}

function toRow(state: ThrottleState) {
  return { failures: state.failures, windowStart: new Date(state.windowStart), lockedUntil: state.lockedUntil === null ? null : new Date(state.lockedUntil) };
}

/** A time as the schema stores it (the column's own encoder), so no dialect does date arithmetic. */
function at(ms: number): SQL {
  return sql`${sql.param(new Date(ms), t.lockedUntil)}`;
}

// NULLIF(x, x) is a NULL of the column's type: PostgreSQL types a CASE from its branches, and one
// whose other branches are all parameters would come out as text and fail to assign.
const NO_LOCK = sql`NULLIF(${t.lockedUntil}, ${t.lockedUntil})`;

/**
 * lib/throttle-policy's recordFailure as one upsert, evaluated against the row as it stands when
 * the statement runs: SET expressions all read the old row. With `onlyIfUnlocked` a locked row is
 * left alone and nothing is returned (reserveAttempt); without it every call counts.
 */
function countFailure(key: string, policy: ThrottlePolicy, now: number, onlyIfUnlocked: boolean) {
  const expired = lte(t.windowStart, new Date(now - policy.windowMs));
  const failures = sql`(CASE WHEN ${expired} THEN 1 ELSE ${t.failures} + 1 END)`;
  const locks = lockSchedule(policy);
  const growing = locks.slice(0, -1).map((lock, over) => sql` WHEN ${failures} = ${policy.maxFailures + over} THEN ${at(now + lock)}`);
  const lockedUntil = sql`CASE WHEN ${failures} < ${policy.maxFailures} THEN ${NO_LOCK}${sql.join(growing)} ELSE ${at(now + locks[locks.length - 1]!)} END`;
  return write((q) =>
    q
    .insert(t)
    .values({ key, ...toRow(recordFailure(null, now, policy)) })
    .onConflictDoUpdate({
      target: t.key,
      set: { failures, windowStart: sql`CASE WHEN ${expired} THEN ${at(now)} ELSE ${t.windowStart} END`, lockedUntil },
      ...(onlyIfUnlocked ? { setWhere: or(isNull(t.lockedUntil), lte(t.lockedUntil, new Date(now))) } : {}),
    })
    .returning(),
  );
}

async function read(key: string): Promise<ThrottleState | null> {
  const [row] = await db().select().from(t).where(eq(t.key, key));
  return row ? toState(row) : null;
}

/** The strictest answer over several keys (an account and a client address, say). */
export async function checkKeys(keys: string[], now = Date.now()): Promise<ThrottleCheck> {
  let worst: ThrottleCheck = { allowed: true };
  for (const key of keys) {
    const check = checkThrottle(await read(key), now);
    if (!check.allowed && (worst.allowed || check.retryAfterMs > worst.retryAfterMs)) worst = check;
  }
  return worst;
}

/**
 * Reserves one attempt for a key in a single statement (lib/throttle-policy's reserveAttempt):
 * however many callers, processes or connections race, no more than the policy's limit get one.
 */
export async function reserveAttempt(key: string, policy: ThrottlePolicy, now = Date.now()): Promise<ThrottleReservation> {
  const [row] = await countFailure(key, policy, now, true);
  if (row) return { allowed: true, state: toState(row) };
  // Refused by the statement; this read only says for how long. If the lock ended in between, a
  // second is still the right advice.
  const check = checkThrottle(await read(key), now);
  return check.allowed ? { allowed: false, retryAfterMs: 1000 } : check;
}

/** lib/throttle-policy's releaseAttempt in one statement: the window check keeps a newer window's count. */
export async function releaseAttempt(key: string, reserved: ThrottleState): Promise<void> {
  const ownLock = reserved.lockedUntil === null ? {} : {
    lockedUntil: sql`CASE WHEN ${eq(t.lockedUntil, new Date(reserved.lockedUntil))} THEN ${NO_LOCK} ELSE ${t.lockedUntil} END`,
  };
  await write((q) =>
    q
      .update(t)
      .set({ failures: sql`${t.failures} - 1`, ...ownLock })
      .where(and(eq(t.key, key), eq(t.windowStart, new Date(reserved.windowStart)), gt(t.failures, 0))),
  );
}

export type Reserved = { key: string; state: ThrottleState };

/**
 * Reserves an attempt on every key in order, or on none: when one refuses, those already taken
 * are given back and the refusal is the answer.
 */
export async function reserveAll(
  entries: { key: string; policy: ThrottlePolicy }[],
  now = Date.now(),
): Promise<{ allowed: true; reserved: Reserved[] } | { allowed: false; retryAfterMs: number }> {
  const reserved: Reserved[] = [];
  for (const { key, policy } of entries) {
    const reservation = await reserveAttempt(key, policy, now);
    if (!reservation.allowed) {
      await releaseAll(reserved);
      return reservation;
    }
    reserved.push({ key, state: reservation.state });
  }
  return { allowed: true, reserved };
}

export async function releaseAll(reserved: Reserved[]): Promise<void> {
  for (const { key, state } of reserved) await releaseAttempt(key, state);
}

/** Counts one failure per key, each in one statement, so every process on the database shares the counters. */
export async function recordFailures(entries: { key: string; policy: ThrottlePolicy }[], now = Date.now()): Promise<void> {
  for (const { key, policy } of entries) await countFailure(key, policy, now, false);
}

export async function clearKeys(keys: string[]): Promise<void> {
  if (keys.length > 0) await write((q) => q.delete(t).where(inArray(t.key, keys)));
}

/**
 * Housekeeping: deletes rows whose window is over under every policy (`longestWindowMs`) and
 * whose lock has ended. Such a row counts for nothing: the next failure starts a fresh window.
 * Returns rows deleted.
 */
export async function pruneThrottle(now: number, longestWindowMs: number): Promise<number> {
  const deleted = await write((q) =>
    q
      .delete(t)
      .where(and(lte(t.windowStart, new Date(now - longestWindowMs)), or(isNull(t.lockedUntil), lte(t.lockedUntil, new Date(now)))))
      .returning({ key: t.key }),
  );
  return deleted.length;
}
