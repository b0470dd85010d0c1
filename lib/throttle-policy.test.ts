import { describe, expect, it } from "vitest";
import { checkThrottle, recordFailure, retryMessage, type ThrottlePolicy, type ThrottleState } from "./throttle-policy";

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
});
