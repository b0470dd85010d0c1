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
  const over = failures - policy.maxFailures;
  const lock = Math.min(policy.lockMs * 2 ** Math.min(over, 20), policy.maxLockMs);
  return { failures, windowStart, lockedUntil: now + lock };
}

export function retryMessage(retryAfterMs: number): string {
  const minutes = Math.ceil(retryAfterMs / 60_000);
  const when = retryAfterMs < 60_000 ? `${Math.ceil(retryAfterMs / 1000)} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `Too many attempts. Please try again in ${when}.`;
}
