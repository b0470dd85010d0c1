import "server-only";
import { headers } from "next/headers";
import { checkKeys, clearKeys, recordFailures } from "@/db/queries/throttle";
import type { ThrottleCheck, ThrottlePolicy } from "@/lib/throttle-policy";

const MINUTE = 60_000;

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const POLICIES = {
  loginAccount: { maxFailures: envInt("THROTTLE_LOGIN_PER_ACCOUNT", 5), windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 30 * MINUTE },
  loginAddress: { maxFailures: envInt("THROTTLE_LOGIN_PER_ADDRESS", 50), windowMs: 15 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE },
  signupAccount: { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE },
  signupAddress: { maxFailures: envInt("THROTTLE_SIGNUP_PER_ADDRESS", 20), windowMs: 60 * MINUTE, lockMs: 10 * MINUTE, maxLockMs: 60 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

/** A row older than this is past its window under every policy, so pruning may drop it. */
export const LONGEST_WINDOW_MS = Math.max(...Object.values(POLICIES).map((p) => p.windowMs));

/**
 * The client address: the last X-Forwarded-For entry, which the nearest proxy (or Next.js itself
 * when there is none) wrote. Deploy behind a proxy that sets it; a direct client can forge it.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.[forwarded.length - 1]?.slice(0, 64) || "unknown";
}

export type ThrottleKeys = { account: string; address: string };

export async function loginKeys(email: string): Promise<ThrottleKeys> {
  return { account: `login:acct:${email}`, address: `login:addr:${await clientAddress()}` };
}

export async function signupKeys(email: string): Promise<ThrottleKeys> {
  return { account: `signup:acct:${email}`, address: `signup:addr:${await clientAddress()}` };
}

export function checkThrottled(keys: ThrottleKeys): Promise<ThrottleCheck> {
  return checkKeys([keys.account, keys.address]);
}

export function countLoginFailure(keys: ThrottleKeys): Promise<void> {
  return recordFailures([
    { key: keys.account, policy: POLICIES.loginAccount },
    { key: keys.address, policy: POLICIES.loginAddress },
  ]);
}

/** Every sign-up attempt counts, successful or not: accounts are cheap to make in bulk otherwise. */
export function countSignupAttempt(keys: ThrottleKeys): Promise<void> {
  return recordFailures([
    { key: keys.account, policy: POLICIES.signupAccount },
    { key: keys.address, policy: POLICIES.signupAddress },
  ]);
}

export function clearLoginFailures(keys: ThrottleKeys): Promise<void> {
  return clearKeys([keys.account]);
}
