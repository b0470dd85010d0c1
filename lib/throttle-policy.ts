export type ThrottleState = { failures: number; windowStart: number; lockedUntil: number | null };

export type ThrottlePolicy = {
  /** Failures allowed within one window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  /** First lock; each further failure while over the limit doubles it, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
};

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

export function checkThrottle(state: ThrottleState | null, now: number): ThrottleCheck {
  if (state?.lockedUntil && state.lockedUntil > now) return { allowed: false, retryAfterMs: state.lockedUntil - now };
  return { allowed: true };
}

/** The state after one more failure (or counted attempt) at time now. */
export function recordFailure(state: ThrottleState | null, now: number, policy: ThrottlePolicy): ThrottleState {
  const expired = !state || now - state.windowStart >= policy.windowMs;
  const failures = expired ? 1 : state.failures + 1;
  const windowStart = expired ? now : state.windowStart;
  if (failures < policy.maxFailures) return { failures, windowStart, lockedUntil: null };
  return { failures, windowStart, lockedUntil: now + lockFor(failures - policy.maxFailures, policy) };
}

/** The lock after the failure that puts a key `over` failures past its limit (0 for the one that reaches it). */
export function lockFor(over: number, policy: ThrottlePolicy): number {
  return Math.min(policy.lockMs * 2 ** Math.min(over, 20), policy.maxLockMs);
}

/**
 * The locks for over = 0, 1, 2, … up to the first one that no longer grows: every further failure
 * gets the last. Lets a database statement pick a lock with a CASE instead of computing a power.
 */
export function lockSchedule(policy: ThrottlePolicy): number[] {
  const locks = [lockFor(0, policy)];
  while (locks.length <= 20 && lockFor(locks.length, policy) > locks[locks.length - 1]!) locks.push(lockFor(locks.length, policy));
  return locks;
}

export type ThrottleReservation = { allowed: true; state: ThrottleState } | { allowed: false; retryAfterMs: number };

/**
 * One attempt reserved before the password is checked: refused while the key is locked, otherwise
 * counted as a failure at once, so attempts in flight can never outnumber the limit. `state` is
 * the key's state with this attempt counted.
 */
export function reserveAttempt(state: ThrottleState | null, now: number, policy: ThrottlePolicy): ThrottleReservation {
  const check = checkThrottle(state, now);
  if (!check.allowed) return check;
  return { allowed: true, state: recordFailure(state, now, policy) };
}

/**
 * Gives back an attempt that turned out not to count (a success, or one another key refused):
 * one failure fewer, and the lock it set (if it set one and it still stands) lifted. Nothing
 * changes once the key's window has moved on: that reservation no longer counts anyway.
 */
export function releaseAttempt(state: ThrottleState | null, reserved: ThrottleState): ThrottleState | null {
  if (!state || state.windowStart !== reserved.windowStart || state.failures <= 0) return state;
  const ownLock = reserved.lockedUntil !== null && state.lockedUntil === reserved.lockedUntil;
  return { failures: state.failures - 1, windowStart: state.windowStart, lockedUntil: ownLock ? null : state.lockedUntil };
}

export function retryMessage(retryAfterMs: number): string {
  const minutes = Math.ceil(retryAfterMs / 60_000);
  const when = retryAfterMs < 60_000 ? `${Math.ceil(retryAfterMs / 1000)} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `Too many attempts. Please try again in ${when}.`;
}
