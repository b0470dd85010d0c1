import { describe, expect, it } from "vitest";
import { checkThrottle, lockFor, lockSchedule, recordFailure, releaseAttempt, reserveAttempt, retryMessage, type ThrottlePolicy, type ThrottleState } from "./throttle-policy";

const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 10_000, maxLockMs: 40_000 };

function fail(times: number, start: ThrottleState | null, now: number) {
  let state = start;
  for (let i = 0; i < times; i++) state = recordFailure(state, now, policy);
  return state!;
}

describe("throttle policy", () => {
  it("allows failures up to the limit, then locks", () => {
    const two = fail(2, null, 0);
    expect(two).toEqual({ failures: 2, windowStart: 0, lockedUntil: null });
    expect(checkThrottle(two, 1).allowed).toBe(true);
    const three = recordFailure(two, 1000, policy);
    expect(three.lockedUntil).toBe(11_000);
    expect(checkThrottle(three, 5000)).toEqual({ allowed: false, retryAfterMs: 6000 });
  });

  it("lets the real user in again after the lock", () => {
    const locked = fail(3, null, 0);
    expect(checkThrottle(locked, 10_001).allowed).toBe(true);
  });

  it("doubles the lock for each further failure, up to the cap", () => {
    let s = fail(3, null, 0);
    expect(s.lockedUntil).toBe(10_000);
    s = recordFailure(s, 0, policy);
    expect(s.lockedUntil).toBe(20_000);
    s = recordFailure(s, 0, policy);
    expect(s.lockedUntil).toBe(40_000);
    s = recordFailure(s, 0, policy);
    expect(s.lockedUntil).toBe(40_000);
  });

  it("starts a new window after the old one ends", () => {
    const s = recordFailure(fail(2, null, 0), 60_000, policy);
    expect(s).toEqual({ failures: 1, windowStart: 60_000, lockedUntil: null });
  });

  it("says when to retry", () => {
    expect(retryMessage(5_000)).toBe("Too many attempts. Please try again in 5 seconds.");
    expect(retryMessage(61_000)).toBe("Too many attempts. Please try again in 2 minutes.");
    expect(retryMessage(60_000)).toBe("Too many attempts. Please try again in 1 minute.");
  });

  it("lists each lock until the cap, so a statement can pick one with a CASE", () => {
    expect(lockSchedule(policy)).toEqual([10_000, 20_000, 40_000]);
    expect(lockSchedule({ ...policy, lockMs: 60_000, maxLockMs: 1_800_000 })).toEqual([60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000]);
    expect(lockSchedule({ ...policy, lockMs: 50_000, maxLockMs: 50_000 })).toEqual([50_000]);
    for (let over = 0; over < 30; over++) {
      const schedule = lockSchedule(policy);
      expect(lockFor(over, policy)).toBe(schedule[Math.min(over, schedule.length - 1)]);
    }
  });

  it("reserves an attempt by counting it at once, and refuses without counting while locked", () => {
    let state: ThrottleState | null = null;
    const answers: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const r = reserveAttempt(state, i, policy);
      answers.push(r.allowed);
      if (r.allowed) state = r.state;
    }
    expect(answers).toEqual([true, true, true, false, false]);
    expect(state).toEqual({ failures: 3, windowStart: 0, lockedUntil: 10_002 });
    expect(reserveAttempt(state, 10_002, policy)).toEqual({ allowed: true, state: { failures: 4, windowStart: 0, lockedUntil: 30_002 } });
  });

  it("a released attempt no longer counts and lifts the lock it set, within its own window only", () => {
    const two = fail(2, null, 0);
    const third = reserveAttempt(two, 5, policy);
    if (!third.allowed) throw new Error("allowed");
    expect(releaseAttempt(third.state, third.state)).toEqual(two);
    // A lock set by a later attempt stays.
    const first = reserveAttempt(null, 0, policy);
    if (!first.allowed) throw new Error("allowed");
    expect(releaseAttempt(fail(2, first.state, 0), first.state)).toEqual({ failures: 2, windowStart: 0, lockedUntil: 10_000 });
    // Once a new window started, the old reservation is nothing to give back.
    const fresh = recordFailure(first.state, 60_000, policy);
    expect(releaseAttempt(fresh, first.state)).toEqual(fresh);
    expect(releaseAttempt(null, first.state)).toBeNull();
  });
});
