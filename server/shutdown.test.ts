import { afterEach, describe, expect, it } from "vitest";
import { beginDrain, isDraining, shutdownTimeoutMs, type ShutdownSteps } from "./shutdown";

// The real thing (a slow request answered after SIGTERM, new connections refused, exit 0) is
// e2e/shutdown.spec.ts; these check the order of the steps and the deadline.

const undo: (() => void)[] = [];
afterEach(() => {
  while (undo.length > 0) undo.pop()?.();
});

function drain(overrides: Partial<ShutdownSteps> = {}) {
  const events: string[] = [];
  let exited: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  const steps: ShutdownSteps = {
    closeDb: async () => void events.push("closeDb"),
    idle: async () => void events.push("idle"),
    stopTimers: () => void events.push("stopTimers"),
    exit: (code) => {
      events.push(`exit ${code}`);
      exited(code);
    },
    log: () => undefined,
    timeoutMs: 5_000,
    ...overrides,
  };
  undo.push(beginDrain("SIGTERM", steps));
  return { events, exitCode };
}

describe("draining on SIGTERM", () => {
  it("marks the process draining at once, and closes the database only when Next's drain exits", async () => {
    const { events, exitCode } = drain();
    expect(isDraining()).toBe(true);
    expect(events).toEqual(["stopTimers"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(["stopTimers"]);
    // What Next's start-server calls once the HTTP server is closed and nothing is in flight.
    process.exit(143);
    expect(await exitCode).toBe(0);
    expect(events).toEqual(["stopTimers", "idle", "closeDb", "exit 0"]);
  });

  it("SIGINT's 130 also ends in 0; any other exit code is kept", async () => {
    const first = drain();
    process.exit(130);
    expect(await first.exitCode).toBe(0);
    undo.pop()?.();
    const second = drain();
    process.exit(3);
    expect(await second.exitCode).toBe(3);
  });

  it("a drain that outlasts the deadline closes the database anyway and exits 1", async () => {
    const { events, exitCode } = drain({ timeoutMs: 50 });
    expect(await exitCode).toBe(1);
    expect(events).toEqual(["stopTimers", "idle", "closeDb", "exit 1"]);
  });

  it("mail still sending does not hold the exit past the deadline", async () => {
    const { events, exitCode } = drain({ timeoutMs: 100, idle: () => new Promise(() => undefined) });
    process.exit(143);
    expect(await exitCode).toBe(0);
    expect(events).toEqual(["stopTimers", "closeDb", "exit 0"]);
  });

  it("a database that fails to close is reported with exit 1", async () => {
    const { exitCode } = drain({ closeDb: () => Promise.reject(new Error("boom")) });
    process.exit(143);
    expect(await exitCode).toBe(1);
  });

  it("a second signal does not start a second drain", async () => {
    const { events } = drain();
    const second = drain();
    expect(second.events).toEqual([]);
    expect(events).toEqual(["stopTimers"]);
  });
});

describe("shutdownTimeoutMs", () => {
  it("is 25 s unless SHUTDOWN_TIMEOUT_MS says otherwise (a positive whole number)", () => {
    expect(shutdownTimeoutMs({})).toBe(25_000);
    expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_MS: "5000" })).toBe(5_000);
    expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_MS: "0" })).toBe(25_000);
    expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_MS: "soon" })).toBe(25_000);
  });
});
