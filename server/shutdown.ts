// A rolling restart drops nothing. `next start` already drains on SIGTERM and SIGINT: it stops
// accepting connections (server.close()), waits for the requests in flight and for their after()
// work, then calls process.exit(128 + signal). What it cannot do is close our database: so this
// marks the process as draining (GET /api/health answers 503, for load balancers that keep
// connections open), and takes over that final exit to wait for queued mail, close the pool
// (SQLite: checkpoints the WAL) and exit 0. A drain that outlasts the deadline exits 1.
// With NEXT_MANUAL_SIG_HANDLE set, signals are someone else's and this does nothing.

const STATE = Symbol.for("rungs.shutdown");
type State = { draining: boolean };

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[STATE] ??= { draining: false };
  return holder[STATE];
}

/** True from the first SIGTERM or SIGINT: the process answers what is in flight, then exits. */
export function isDraining(): boolean {
  return state().draining;
}

export type ShutdownSteps = {
  closeDb: () => Promise<void>;
  /** What may still be working in the background after the last response (the mail queue). */
  idle?: () => Promise<void>;
  stopTimers?: () => void;
  timeoutMs?: number;
  exit?: (code: number) => void;
  log?: (line: string) => void;
};

/** SHUTDOWN_TIMEOUT_MS, default 25 s: under the 30 s an orchestrator usually waits before SIGKILL. */
export function shutdownTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SHUTDOWN_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : 25_000;
}

const SIGNAL_EXIT_CODES = new Set([130, 143]);

/** Call once per server process (instrumentation.ts), after Next has installed its own handlers. */
export function drainOnSignals(steps: ShutdownSteps): void {
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return;
  const onSignal = (signal: NodeJS.Signals) => beginDrain(signal, steps);
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/** Starts draining; returns the undo (tests: puts process.exit back and clears the mark). */
export function beginDrain(signal: NodeJS.Signals, steps: ShutdownSteps): () => void {
  const { closeDb, idle, stopTimers, timeoutMs = shutdownTimeoutMs(), log = console.log } = steps;
  const current = state();
  if (current.draining) return () => undefined;
  current.draining = true;
  stopTimers?.();
  log(`Rungs: ${signal}: finishing the requests in flight, then closing the database.`);
  const originalExit = process.exit;
  const realExit = steps.exit ?? originalExit.bind(process);
  const deadline = Date.now() + timeoutMs;
  let finishing = false;
  const finish = async (code: number, reason: string) => {
    if (finishing) return;
    finishing = true;
    let wait: NodeJS.Timeout | undefined;
    try {
      const left = Math.max(0, deadline - Date.now());
      await Promise.race([idle?.(), new Promise((resolve) => (wait = setTimeout(resolve, left)))]);
      await closeDb();
      log(`Rungs: ${reason}; database closed.`);
    } catch (error) {
      console.error("Rungs: closing the database on shutdown failed.", error);
      code = code === 0 ? 1 : code;
    } finally {
      clearTimeout(wait);
    }
    realExit(code);
  };
  // Next's drain ends in process.exit(143) (SIGTERM) or (130) (SIGINT): everything answered.
  process.exit = ((code?: number | string | null) => {
    const n = Number(code ?? process.exitCode ?? 0);
    void finish(SIGNAL_EXIT_CODES.has(n) ? 0 : n, "every request answered");
  }) as typeof process.exit;
  const timer = setTimeout(() => {
    if (finishing) return;
    console.error(`Rungs: requests still in flight after ${timeoutMs} ms of draining; exiting anyway.`);
    void finish(1, "gave up waiting");
  }, timeoutMs);
  timer.unref();
  return () => {
    clearTimeout(timer);
    process.exit = originalExit;
    current.draining = false;
  };
}
