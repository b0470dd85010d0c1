import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../client";
import { useTempDatabase } from "../test-db";
import { createSession, pruneExpiredSessions } from "./sessions";
import { createUser } from "./users";

const T = Date.UTC(2030, 0, 1);

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

function sessionIds(): string[] {
  return (getDb().$client.prepare("select id from sessions order by expires_at").all() as { id: string }[]).map((r) => r.id);
}

describe("pruneExpiredSessions", () => {
  it("deletes sessions at or past their expiry and keeps live ones", async () => {
    const user = await createUser({ email: "prune-sessions@example.com", passwordHash: "x", name: null });
    if (!user) throw new Error("user not created");
    const longGone = await createSession(user.id, new Date(T - 30 * 86_400_000));
    const justExpired = await createSession(user.id, new Date(T - 1));
    const expiresNow = await createSession(user.id, new Date(T));
    const live = await createSession(user.id, new Date(T + 1));
    const liveLong = await createSession(user.id, new Date(T + 30 * 86_400_000));
    expect(sessionIds()).toEqual([longGone, justExpired, expiresNow, live, liveLong]);

    expect(await pruneExpiredSessions(new Date(T))).toBe(3);
    expect(sessionIds()).toEqual([live, liveLong]);
    expect(await pruneExpiredSessions(new Date(T))).toBe(0);
  });

  it("finds expired rows through an index, not a table scan", () => {
    const plan = getDb().$client.prepare("explain query plan delete from sessions where expires_at <= ?").all(T) as { detail: string }[];
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING (COVERING )?INDEX sessions_expires_at/);
  });
});
