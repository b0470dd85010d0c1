import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Level } from "@/lib/levels";
import { db } from "./client";
import { applyLevelPlan, getLevels, listLevelChanges, setLevel, setLevels } from "./queries/levels";
import { saveNotes, getNotes } from "./queries/notes";
import { updateProfileSettings } from "./queries/profiles";
import { createSession } from "./queries/sessions";
import { createUser } from "./queries/users";
import { sessions, skillLevels, users } from "./tables";
import { withTransaction } from "./tx";
import { createTestDatabase } from "./test-db";

// Requests that race: on PostgreSQL each runs on its own pooled connection at READ COMMITTED; on
// SQLite they share one connection and take turns through the transaction queue.
let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  return user;
}

/** Every change starts where the previous one of its skill ended, and the last one is the level held. */
async function expectConsistentLog(userId: string) {
  const changes = await listLevelChanges(userId);
  const levels = await getLevels(userId);
  const bySkill = new Map<string, Level>();
  for (const c of changes) {
    expect({ skill: c.skillId, from: c.oldLevel }).toEqual({ skill: c.skillId, from: bySkill.get(c.skillId) ?? 0 });
    expect(c.newLevel).not.toBe(c.oldLevel);
    bySkill.set(c.skillId, c.newLevel);
  }
  for (const [skillId, level] of Object.entries(levels)) expect({ skillId, level }).toEqual({ skillId, level: bySkill.get(skillId) ?? 0 });
  return changes;
}

describe("concurrent requests", () => {
  it("level changes for one user: each is logged from the level the previous one left", async () => {
    const user = await newUser("race-levels@example.com");
    const targets = Array.from({ length: 24 }, (_, i) => ((i * 7) % 4) as Level);
    await Promise.all(targets.map((level, i) => (i % 3 === 0 ? setLevels(user.id, { git: level, redis: level }) : setLevel(user.id, "git", level))));
    const changes = await expectConsistentLog(user.id);
    expect(changes.length).toBeGreaterThan(0);
  });

  it("the same level sent twice at once is logged once", async () => {
    const user = await newUser("race-same@example.com");
    await Promise.all(Array.from({ length: 8 }, () => setLevel(user.id, "docker", 2)));
    expect(await listLevelChanges(user.id)).toHaveLength(1);
    expect(await getLevels(user.id)).toEqual({ docker: 2 });
  });

  it("plans computed from the current levels never lose a concurrent change", async () => {
    const user = await newUser("race-plan@example.com");
    // Each plan raises git by one from what it reads: three at once must end at 3, not 1.
    const raise = (current: Record<string, Level>) => ({ git: Math.min(3, (current.git ?? 0) + 1) as Level });
    const results = await Promise.all([1, 2, 3].map(() => applyLevelPlan(user.id, raise)));
    expect(await getLevels(user.id)).toEqual({ git: 3 });
    expect(results.map((r) => r.before.git ?? 0).sort()).toEqual([0, 1, 2]);
    await expectConsistentLog(user.id);
  });

  it("sign-ups with one email at once: exactly one account", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createUser({ email: "race-signup@example.com", passwordHash: `h${i}`, name: null })),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await db().select({ n: count() }).from(users).where(eq(users.email, "race-signup@example.com"))).toEqual([{ n: 1 }]);
  });

  it("two users claiming one handle at once: exactly one gets it", async () => {
    const a = await newUser("race-handle-a@example.com");
    const b = await newUser("race-handle-b@example.com");
    const results = await Promise.all(
      [a, b, a, b].map((u) => updateProfileSettings(u.id, { name: null, handle: "contested", isPublic: true })),
    );
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "handle_taken" },
      { ok: false, reason: "handle_taken" },
    ]);
    const owners = await db().select({ id: users.id }).from(users).where(eq(users.handle, "contested"));
    expect(owners).toHaveLength(1);
  });

  it("one user's handle changes at once: each reports the handle the other left", async () => {
    const user = await newUser("race-rename@example.com");
    await updateProfileSettings(user.id, { name: null, handle: "h0", isPublic: true });
    const results = await Promise.all(
      ["h1", "h2", "h3", "h4"].map((handle) => updateProfileSettings(user.id, { name: null, handle, isPublic: true })),
    );
    const previous = results.map((r) => (r.ok ? r.previousHandle : r.reason));
    // The saves took turns: every handle but the last one set was someone's "previous" exactly once.
    const [row] = await db().select({ handle: users.handle }).from(users).where(eq(users.id, user.id));
    expect([...previous, row?.handle].sort()).toEqual(["h0", "h1", "h2", "h3", "h4"]);
  });

  it("notes saved at once: each note is one whole save, never a mix", async () => {
    const user = await newUser("race-notes@example.com");
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        saveNotes(user.id, { git: { note: `n${i}`, links: [`https://example.com/${i}`], isPublic: i % 2 === 0 } }),
      ),
    );
    const { git } = await getNotes(user.id);
    const i = Number(git?.note.slice(1));
    expect(git).toEqual({ note: `n${i}`, links: [`https://example.com/${i}`], isPublic: i % 2 === 0 });
  });

  it("a write made while another request's transaction is open is not rolled back with it", async () => {
    const user = await newUser("race-rollback@example.com");
    // This body breaks the rule (it awaits a timer) to hold its transaction open on purpose.
    const failing = withTransaction(async (tx) => {
      await tx.insert(skillLevels).values({ userId: user.id, skillId: "git", level: 1, updatedAt: new Date() });
      await new Promise((r) => setTimeout(r, 50));
      throw new Error("rolled back");
    });
    await new Promise((r) => setTimeout(r, 10));
    const sessionId = await createSession(user.id, new Date(Date.now() + 60_000));
    await expect(failing).rejects.toThrow("rolled back");
    expect(await getLevels(user.id)).toEqual({});
    expect(await db().select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId))).toEqual([{ id: sessionId }]);
  });
});
