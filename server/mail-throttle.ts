import "server-only";
import { reserveAll } from "@/db/queries/throttle";
import type { ThrottlePolicy } from "@/lib/throttle-policy";
import { clientAddress, type AttemptReservation } from "./throttle";

const MINUTE = 60_000;

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// Every request that sends mail counts, whatever its outcome: each one is a mail in someone's
// inbox. Windows stay within server/throttle.ts's longest (60 minutes), which pruning keeps rows for.
export const MAIL_POLICIES = {
  // Per typed address, known or not (so the limit itself tells nothing about which exist).
  resetEmail: { maxFailures: 3, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE },
  resetAddress: { maxFailures: envInt("THROTTLE_MAIL_PER_ADDRESS", 20), windowMs: 60 * MINUTE, lockMs: 10 * MINUTE, maxLockMs: 60 * MINUTE },
  // "Resend verification email", per account.
  verifyUser: { maxFailures: 3, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE },
  // "Change email" checks the password and mails a stranger's address: per account.
  changeEmailUser: { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

/** One reset-link request: the client address first, then the typed email; each reserved in one statement. */
export async function reserveResetRequest(email: string): Promise<AttemptReservation> {
  return reserveAll([
    { key: `reset:addr:${await clientAddress()}`, policy: MAIL_POLICIES.resetAddress },
    { key: `reset:acct:${email}`, policy: MAIL_POLICIES.resetEmail },
  ]);
}

export function reserveVerificationResend(userId: string): Promise<AttemptReservation> {
  return reserveAll([{ key: `verify:user:${userId}`, policy: MAIL_POLICIES.verifyUser }]);
}

export function reserveEmailChange(userId: string): Promise<AttemptReservation> {
  return reserveAll([{ key: `chgmail:user:${userId}`, policy: MAIL_POLICIES.changeEmailUser }]);
}
