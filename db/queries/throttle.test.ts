import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as spec from "@/lib/throttle-policy";
import type { ThrottlePolicy, ThrottleReservation, ThrottleState } from "@/lib/throttle-policy";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { DIALECT } from "../dialect";
import { authThrottle } from "../tables";
import { createTestDatabase, testSql } from "../test-db";
import { checkKeys, clearKeys, pruneThrottle, recordFailures, releaseAll, releaseAttempt, reserveAll, reserveAttempt } from "./throttle";

const MINUTE = 60_000;
const T = Date.UTC(2030, 0, 1);
const LONGEST = 60 * MINUTE;

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function keys(): Promise<string[]> {
  return (await db().select({ key: authThrottle.key }).from(authThrottle).orderBy(asc(authThrottle.key))).map((r) => r.key);
}

async function insert(key: string, windowStart: number, lockedUntil: number | null): Promise<void> {
  await db()
    .insert(authThrottle)
    .values({ key, failures: 3, windowStart: new Date(windowStart), lockedUntil: lockedUntil === null ? null : new Date(lockedUntil) });
}

async function clearTable(): Promise<void> {
  await db().delete(authThrottle);
}

describe("pruneThrottle", () => {
  it("deletes rows whose longest window and lock are both over, and keeps every row still counting", async () => {
    await clearTable();
    await insert("dead:old-no-lock", T - 2 * LONGEST, null);
    await insert("dead:old-lock-ended", T - 2 * LONGEST, T - 1);
    await insert("dead:lock-ends-now", T - 2 * LONGEST, T);
    await insert("dead:window-ends-now", T - LONGEST, null);
    await insert("live:still-locked", T - 2 * LONGEST, T + 1);
    await insert("live:window-open-1ms", T - LONGEST + 1, null);
    // Past a 15-minute login window but inside the longest one: kept, the row's policy is unknown.
    await insert("live:short-window-over", T - 30 * MINUTE, null);
    await insert("live:fresh-and-locked", T - MINUTE, T + 5 * MINUTE);

    expect(await pruneThrottle(T, LONGEST)).toBe(4);
    expect(await keys()).toEqual(["live:fresh-and-locked", "live:short-window-over", "live:still-locked", "live:window-open-1ms"]);
  });

  it("never changes an answer: a pruned key behaves like one never seen", async () => {
    await clearTable();
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
    expect(await keys()).toEqual([]);
    expect(await checkKeys(["login:acct:a@example.com"], T + LONGEST)).toEqual({ allowed: true });
  });

  it.runIf(DIALECT === "sqlite")("finds stale rows through an index, not a table scan (SQLite)", async () => {
    const plan = await testSql<{ detail: string }>(
      sql`explain query plan delete from auth_throttle where window_start <= ${T} and (locked_until is null or locked_until <= ${T})`,
    );
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING INDEX auth_throttle_window_start/);
  });
});

async function stored(key: string): Promise<ThrottleState | null> {
  const [row] = await db().select().from(authThrottle).where(eq(authThrottle.key, key));
  return row ? { failures: row.failures, windowStart: row.windowStart.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null } : null;
}

/** A small seeded generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe("the reservation statement agrees with lib/throttle-policy", () => {
  const policies: Record<string, ThrottlePolicy> = {
    "log in per account": { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 30 * MINUTE },
    "one failure locks": { maxFailures: 1, windowMs: 10 * MINUTE, lockMs: MINUTE, maxLockMs: 8 * MINUTE },
    "lock longer than the window": { maxFailures: 3, windowMs: 2 * MINUTE, lockMs: 90_000, maxLockMs: 60 * MINUTE },
  };
  for (const [name, policy] of Object.entries(policies)) {
    it(`${name}: the same outcome and the same stored state after every step of a long random sequence`, async () => {
      await clearTable();
      const next = random(name.length * 7919);
      const key = `seq:${name}`;
      let model: ThrottleState | null = null;
      let now = T;
      const held: ThrottleState[] = [];
      const outcomes: string[] = [];
      for (let step = 0; step < 250; step++) {
        now += Math.floor(next() * (next() < 0.2 ? policy.windowMs : 20_000));
        const roll = next();
        if (roll < 0.7) {
          const expected: ThrottleReservation = spec.reserveAttempt(model, now, policy);
          const actual = await reserveAttempt(key, policy, now);
          expect(actual, `step ${step}`).toEqual(expected);
          if (expected.allowed) {
            model = expected.state;
            held.push(expected.state);
          }
          outcomes.push(expected.allowed ? "allowed" : "refused");
        } else if (roll < 0.85 && held.length > 0) {
          const reserved = held.splice(Math.floor(next() * held.length), 1)[0]!;
          model = spec.releaseAttempt(model, reserved);
          await releaseAttempt(key, reserved);
        } else if (roll < 0.95) {
          model = spec.recordFailure(model, now, policy);
          await recordFailures([{ key, policy }], now);
        } else {
          model = null;
          held.length = 0;
          await clearKeys([key]);
        }
        expect(await stored(key), `step ${step}`).toEqual(model);
      }
      // The sequence went through every state that matters, not only the easy ones.
      expect(outcomes).toContain("allowed");
      expect(outcomes).toContain("refused");
    }, 60_000);
  }

  it("the sixth attempt in a row is refused; the fifth sets the first lock, later ones double it", async () => {
    const policy = policies["log in per account"]!;
    const key = "seq:sixth";
    const answers: boolean[] = [];
    for (let i = 0; i < 6; i++) answers.push((await reserveAttempt(key, policy, T + i)).allowed);
    expect(answers).toEqual([true, true, true, true, true, false]);
    expect(await stored(key)).toEqual({ failures: 5, windowStart: T, lockedUntil: T + 4 + MINUTE });
    const afterLock = T + 4 + MINUTE;
    expect(await reserveAttempt(key, policy, afterLock)).toEqual({ allowed: true, state: { failures: 6, windowStart: T, lockedUntil: afterLock + 2 * MINUTE } });
  });

  it("a released attempt lifts the lock it set and counts no more", async () => {
    const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 30 * MINUTE };
    const key = "seq:release";
    await reserveAttempt(key, policy, T);
    await reserveAttempt(key, policy, T + 1);
    const third = await reserveAttempt(key, policy, T + 2);
    expect(third.allowed && third.state.lockedUntil).toBe(T + 2 + MINUTE);
    expect((await reserveAttempt(key, policy, T + 3)).allowed).toBe(false);
    if (third.allowed) await releaseAttempt(key, third.state);
    expect(await stored(key)).toEqual({ failures: 2, windowStart: T, lockedUntil: null });
    expect((await reserveAttempt(key, policy, T + 4)).allowed).toBe(true);
  });
});

describe("reservations under concurrency", () => {
  const account: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 30 * MINUTE };
  const address: ThrottlePolicy = { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE };

  it("40 callers at once on one key: exactly the limit get an attempt", async () => {
    // One clock for all: on PostgreSQL the pool runs the statements in any order, and a caller's own
    // Date.now() could then be a little older than the lock it meets.
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 40 }, () => reserveAttempt("race:one-key", account, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => !r.allowed && r.retryAfterMs > 0 && r.retryAfterMs <= MINUTE)).toHaveLength(35);
    expect((await stored("race:one-key"))?.failures).toBe(5);
  });

  it("40 log-ins at once, each checking a wrong password between reserving and answering: 5 checks, the address counts only those", async () => {
    let checks = 0;
    const keys = [
      { key: "race:addr:10.0.0.1", policy: address },
      { key: "race:acct:victim@example.com", policy: account },
    ];
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const reservation = await reserveAll(keys);
        if (!reservation.allowed) return;
        checks++;
        // The password check: asynchronous and slow, so every other request arrives meanwhile.
        await new Promise((r) => setTimeout(r, 5 + (i % 7) * 3));
      }),
    );
    expect(checks).toBe(5);
    expect((await stored("race:acct:victim@example.com"))?.failures).toBe(5);
    expect(await stored("race:addr:10.0.0.1")).toEqual({ failures: 5, windowStart: expect.any(Number), lockedUntil: null });
  });

  it("a locked address refuses without using up the account's attempts", async () => {
    const tight: ThrottlePolicy = { ...address, maxFailures: 2 };
    const entries = (acct: string) => [
      { key: "race:addr:10.0.0.2", policy: tight },
      { key: `race:acct:${acct}`, policy: account },
    ];
    const accounts = ["a", "b", "c", "d"];
    const results = await Promise.all(accounts.map((a) => reserveAll(entries(a))));
    // Which two win is up to the database (on PostgreSQL the pool runs them in any order).
    expect(results.filter((r) => r.allowed)).toHaveLength(2);
    for (const [i, r] of results.entries()) {
      if (!r.allowed) expect(await stored(`race:acct:${accounts[i]}`)).toBeNull();
    }
    // Giving back the attempt that set the address's lock lifts it.
    const locker = results.find((r) => r.allowed && r.reserved[0]!.state.lockedUntil !== null);
    await releaseAll(locker?.allowed ? locker.reserved : []);
    expect(await stored("race:addr:10.0.0.2")).toEqual({ failures: 1, windowStart: expect.any(Number), lockedUntil: null });
  });

  it("two processes, each with its own connection to the file, 20 attempts each at the same moment: exactly 5 in all", async () => {
    const worker = fileURLToPath(new URL("./throttle-race-worker.ts", import.meta.url));
    const children = [0, 1].map(() => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", worker], {
        env: { ...process.env, KEY: "race:processes", COUNT: "20", POLICY: JSON.stringify(account) },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      const ready = new Promise<void>((resolve) => child.stdout.on("data", (d) => (out += d) && out.startsWith("ready\n") && resolve()));
      child.stderr.on("data", (d) => (err += d));
      const done = new Promise<number>((resolve, reject) =>
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.slice("ready\n".length)).allowed as number) : reject(new Error(`worker exited ${code}: ${err}`)))),
      );
      return { child, ready, done };
    });
    // Both connections are open and waiting before either sends a statement.
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin.write("go\n");
    const allowed = await Promise.all(children.map((c) => c.done));
    expect(allowed.reduce((a, b) => a + b, 0)).toBe(5);
    expect((await stored("race:processes"))?.failures).toBe(5);
  }, 60_000);
});
