import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrottlePolicy } from "@/lib/throttle-policy";
import { getDb } from "../client";
import { useTempDatabase } from "../test-db";
import { checkKeys, pruneThrottle, recordFailures } from "./throttle";

const MINUTE = 60_000;
const T = Date.UTC(2030, 0, 1);
const LONGEST = 60 * MINUTE;

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

function keys(): string[] {
  return (getDb().$client.prepare("select key from auth_throttle order by key").all() as { key: string }[]).map((r) => r.key);
}

function insert(key: string, windowStart: number, lockedUntil: number | null): void {
  getDb()
    .$client.prepare("insert into auth_throttle (key, failures, window_start, locked_until) values (?, 3, ?, ?)")
    .run(key, windowStart, lockedUntil);
}

describe("pruneThrottle", () => {
  it("deletes rows whose longest window and lock are both over, and keeps every row still counting", async () => {
    getDb().$client.exec("delete from auth_throttle");
    insert("dead:old-no-lock", T - 2 * LONGEST, null);
    insert("dead:old-lock-ended", T - 2 * LONGEST, T - 1);
    insert("dead:lock-ends-now", T - 2 * LONGEST, T);
    insert("dead:window-ends-now", T - LONGEST, null);
    insert("live:still-locked", T - 2 * LONGEST, T + 1);
    insert("live:window-open-1ms", T - LONGEST + 1, null);
    // Past a 15-minute login window but inside the longest one: kept, the row's policy is unknown.
    insert("live:short-window-over", T - 30 * MINUTE, null);
    insert("live:fresh-and-locked", T - MINUTE, T + 5 * MINUTE);

    expect(await pruneThrottle(T, LONGEST)).toBe(4);
    expect(keys()).toEqual(["live:fresh-and-locked", "live:short-window-over", "live:still-locked", "live:window-open-1ms"]);
  });

  it("never changes an answer: a pruned key behaves like one never seen", async () => {
    getDb().$client.exec("delete from auth_throttle");
    const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 30 * MINUTE };
    const entries = [{ key: "login:acct:a@example.com", policy }];
    for (let i = 0; i < 5; i++) await recordFailures(entries, T + i * 1000);
    const locked = await checkKeys(["login:acct:a@example.com"], T + 5000);
    expect(locked.allowed).toBe(false);

    // Still locked (the third failure locked it, each further one doubled the lock): kept.
    expect(await pruneThrottle(T + 5000, LONGEST)).toBe(0);
    // Lock over and past this policy's window, but not the longest one: kept.
    expect(await pruneThrottle(T + 30 * MINUTE, LONGEST)).toBe(0);
    expect(await pruneThrottle(T + LONGEST, LONGEST)).toBe(1);
    expect(keys()).toEqual([]);
    expect(await checkKeys(["login:acct:a@example.com"], T + LONGEST)).toEqual({ allowed: true });
  });

  it("finds stale rows through an index, not a table scan", () => {
    const plan = getDb()
      .$client.prepare("explain query plan delete from auth_throttle where window_start <= ? and (locked_until is null or locked_until <= ?)")
      .all(T, T) as { detail: string }[];
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING INDEX auth_throttle_window_start/);
  });
});
