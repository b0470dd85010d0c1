import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { databasePath, getDb } from "@/db/client";
import { createSession } from "@/db/queries/sessions";
import { createUser } from "@/db/queries/users";
import { useTempDatabase } from "@/db/test-db";
import { pruneExpiredRows, startPruning } from "./pruning";
import { LONGEST_WINDOW_MS } from "./throttle";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T = Date.UTC(2030, 0, 1);

let cleanup: () => void;
beforeAll(() => {
  process.env.SQLITE_BUSY_TIMEOUT_MS = "50";
  cleanup = useTempDatabase();
});
afterAll(() => {
  cleanup();
  delete process.env.SQLITE_BUSY_TIMEOUT_MS;
});

let userId = "";
beforeEach(async () => {
  const sqlite = getDb().$client;
  sqlite.exec("delete from sessions; delete from auth_throttle; delete from auth_tokens; delete from users");
  const user = await createUser({ email: "prune@example.com", passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  userId = user.id;
  await createSession(userId, new Date(T - 1));
  await createSession(userId, new Date(T + HOUR));
  const throttle = sqlite.prepare("insert into auth_throttle (key, failures, window_start, locked_until) values (?, 1, ?, ?)");
  throttle.run("stale", T - 2 * HOUR, null);
  throttle.run("counting", T - 30 * MINUTE, null);
  const token = sqlite.prepare("insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values (?, ?, 'verify-email', ?, ?)");
  token.run("expired", userId, T - 2 * HOUR, T);
  token.run("live", userId, T - 2 * HOUR, T + HOUR);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function remaining() {
  const sqlite = getDb().$client;
  return {
    sessions: (sqlite.prepare("select expires_at from sessions").all() as { expires_at: number }[]).map((r) => r.expires_at - T),
    throttle: (sqlite.prepare("select key from auth_throttle").all() as { key: string }[]).map((r) => r.key),
    tokens: (sqlite.prepare("select hash from auth_tokens order by hash").all() as { hash: string }[]).map((r) => r.hash),
  };
}

describe("pruneExpiredRows", () => {
  it("keeps throttle rows for the longest policy window (sign-up: one hour)", () => {
    expect(LONGEST_WINDOW_MS).toBe(HOUR);
  });

  it("deletes expired sessions, stale throttle rows and expired tokens, and keeps live ones", async () => {
    expect(await pruneExpiredRows(T)).toEqual({ sessions: 1, throttle: 1, tokens: 1 });
    expect(remaining()).toEqual({ sessions: [HOUR], throttle: ["counting"], tokens: ["live"] });
  });
});

describe("startPruning", () => {
  it("prunes at once and then every interval, without keeping the process alive", async () => {
    vi.useFakeTimers({ now: T });
    const timer = startPruning(HOUR);
    try {
      expect(timer.hasRef()).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(remaining()).toEqual({ sessions: [HOUR], throttle: ["counting"], tokens: ["live"] });
      await vi.advanceTimersByTimeAsync(HOUR);
      expect(remaining()).toEqual({ sessions: [], throttle: [], tokens: [] });
    } finally {
      clearInterval(timer);
    }
  });

  it("logs a failure instead of throwing, and succeeds at the next run", async () => {
    vi.useFakeTimers({ now: T });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const blocker = new Database(databasePath());
    blocker.exec("BEGIN IMMEDIATE");
    const timer = startPruning(HOUR);
    try {
      await vi.advanceTimersByTimeAsync(0);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/pruning .* failed/);
      blocker.exec("ROLLBACK");
      await vi.advanceTimersByTimeAsync(HOUR);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(remaining()).toEqual({ sessions: [], throttle: [], tokens: [] });
    } finally {
      clearInterval(timer);
      if (blocker.inTransaction) blocker.exec("ROLLBACK");
      blocker.close();
    }
  });
});
