import "server-only";
import { headers } from "next/headers";
import { clearKeys, recordFailures, releaseAll, reserveAll, type Reserved } from "@/db/queries/throttle";
import { clientEntry, parseTrustedProxyHops } from "@/lib/client-address";
import type { ThrottlePolicy } from "@/lib/throttle-policy";

const MINUTE = 60_000;

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// The window and first lock of the per-account log-in limit can be shortened for tests that must
// see a lock end (THROTTLE_LOGIN_WINDOW_MS, THROTTLE_LOGIN_LOCK_MS); production keeps the defaults.
export const POLICIES = {
  loginAccount: {
    maxFailures: envInt("THROTTLE_LOGIN_PER_ACCOUNT", 5),
    windowMs: envInt("THROTTLE_LOGIN_WINDOW_MS", 15 * MINUTE),
    lockMs: envInt("THROTTLE_LOGIN_LOCK_MS", MINUTE),
    maxLockMs: 30 * MINUTE,
  },
  loginAddress: { maxFailures: envInt("THROTTLE_LOGIN_PER_ADDRESS", 50), windowMs: 15 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE },
  signupAccount: { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE },
  signupAddress: { maxFailures: envInt("THROTTLE_SIGNUP_PER_ADDRESS", 20), windowMs: 60 * MINUTE, lockMs: 10 * MINUTE, maxLockMs: 60 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

/** A row older than this is past its window under every policy, so pruning may drop it. */
export const LONGEST_WINDOW_MS = Math.max(...Object.values(POLICIES).map((p) => p.windowMs));

const trustedProxyHops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
if (!trustedProxyHops.valid) {
  console.warn(`TRUSTED_PROXY_HOPS=${JSON.stringify(process.env.TRUSTED_PROXY_HOPS)} is not a positive integer: using 1 (the last X-Forwarded-For entry).`);
}
const TRUSTED_PROXY_HOPS = trustedProxyHops.hops;

/**
 * The client address: the TRUSTED_PROXY_HOPS-th X-Forwarded-For entry from the end (default 1:
 * the last one, which the nearest proxy, or Next.js itself when there is none, wrote). Deploy
 * behind proxies that append to it; a direct client can forge it.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return clientEntry(h.get("x-forwarded-for"), TRUSTED_PROXY_HOPS);
}

export type ThrottleKeys = { account: string; address: string };

export async function loginKeys(email: string): Promise<ThrottleKeys> {
  return { account: `login:acct:${email}`, address: `login:addr:${await clientAddress()}` };
}

export async function signupKeys(email: string): Promise<ThrottleKeys> {
  return { account: `signup:acct:${email}`, address: `signup:addr:${await clientAddress()}` };
}

export type AttemptReservation = { allowed: true; reserved: Reserved[] } | { allowed: false; retryAfterMs: number };

/**
 * Reserves a log-in attempt before the password is checked, address first (a sprayed address is
 * refused without touching the accounts it sprays), then account. Refused: check nothing.
 */
export function reserveLogIn(keys: ThrottleKeys): Promise<AttemptReservation> {
  return reserveAll([
    { key: keys.address, policy: POLICIES.loginAddress },
    { key: keys.account, policy: POLICIES.loginAccount },
  ]);
}

/** A wrong password keeps its reservation; a right one clears the account and gives the address its attempt back. */
export async function logInSucceeded(keys: ThrottleKeys, reserved: Reserved[]): Promise<void> {
  await clearKeys([keys.account]);
  await releaseAll(reserved.filter((r) => r.key !== keys.account));
}

/** Every sign-up attempt counts, successful or not: accounts are cheap to make in bulk otherwise. */
export function reserveSignUp(keys: ThrottleKeys): Promise<AttemptReservation> {
  return reserveAll([
    { key: keys.address, policy: POLICIES.signupAddress },
    { key: keys.account, policy: POLICIES.signupAccount },
  ]);
}

/** For the sign-in that ends a sign-up, which is not reserved: it checks the password just set. */
export function countLoginFailure(keys: ThrottleKeys): Promise<void> {
  return recordFailures([
    { key: keys.account, policy: POLICIES.loginAccount },
    { key: keys.address, policy: POLICIES.loginAddress },
  ]);
}

export function clearLoginFailures(keys: ThrottleKeys): Promise<void> {
  return clearKeys([keys.account]);
}
