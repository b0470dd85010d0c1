import "server-only";
import { pruneExpiredTokens } from "@/db/queries/auth-tokens";
import { pruneExpiredSessions } from "@/db/queries/sessions";
import { pruneThrottle } from "@/db/queries/throttle";
import { LONGEST_WINDOW_MS } from "./throttle";

const HOUR_MS = 60 * 60_000;

/** Deletes expired sessions, throttle rows that no longer count and expired mail-link tokens. */
export async function pruneExpiredRows(now = Date.now()): Promise<{ sessions: number; throttle: number; tokens: number }> {
  return {
    sessions: await pruneExpiredSessions(new Date(now)),
    throttle: await pruneThrottle(now, LONGEST_WINDOW_MS),
    tokens: await pruneExpiredTokens(new Date(now)),
  };
}

/** Prunes now, then every interval. A failure (a locked database, say) is logged and retried next time. */
export function startPruning(intervalMs = HOUR_MS): NodeJS.Timeout {
  const run = () =>
    pruneExpiredRows().catch((error: unknown) => {
      console.error("Rungs: pruning expired sessions, throttle rows and tokens failed; will retry at the next run.", error);
    });
  void run();
  const timer = setInterval(run, intervalMs);
  // Housekeeping must never keep the process alive (tests, scripts, a shutdown in progress).
  timer.unref();
  return timer;
}
