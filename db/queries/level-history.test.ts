import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { PACE_WINDOW_DAYS, paceWindowStart, type LoggedChange } from "@/lib/pace";
import { SKILL_IDS } from "@/lib/roadmap";
import { db } from "../client";
import { levelChanges } from "../tables";
import { createTestDatabase } from "../test-db";
import { listDailyLastChanges, listFirstChangesSince } from "./level-history";
import { listLevelChanges } from "./levels";
import { createUser } from "./users";

// The Dashboard reads the change log cut down in SQL; what it shows must be exactly what the whole
// log gives. Logs here are written straight into the table, so they can hold what the level
// change never writes but a log can still contain: times out of id order (clocks of several
// processes), two changes in one millisecond, changes on the stroke of midnight UTC.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 5);

function randomLog(seed: number, length: number, skills: readonly string[]): LoggedChange[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const held: Record<string, Level> = {};
  const log: LoggedChange[] = [];
  let t = START;
  for (let i = 0; i < length; i++) {
    const skillId = skills[Math.floor(next() * skills.length)]!;
    const oldLevel = held[skillId] ?? 0;
    const newLevel = ((oldLevel + 1 + Math.floor(next() * 3)) % 4) as Level;
    held[skillId] = newLevel;
    const r = next();
    // Mostly forward in time, sometimes the same millisecond, now and then back (out of id order),
    // and some changes exactly at midnight or a millisecond before it.
    if (r < 0.6) t += Math.floor(next() * 6 * 60 * 60 * 1000);
    else if (r < 0.7) t -= Math.floor(next() * 3 * 60 * 60 * 1000);
    else if (r < 0.8) t = Math.ceil(t / DAY) * DAY;
    else if (r < 0.85) t = Math.ceil(t / DAY) * DAY - 1;
    log.push({ skillId, oldLevel, newLevel, changedAt: new Date(t) });
  }
  return log;
}

async function userWithLog(email: string, log: readonly LoggedChange[]) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  for (let i = 0; i < log.length; i += 200) {
    await db()
      .insert(levelChanges)
      .values(log.slice(i, i + 200).map((c) => ({ userId: user.id, ...c })));
  }
  return user.id;
}

function levelsAfter(log: readonly LoggedChange[]): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const c of log) levels[c.skillId] = c.newLevel;
  return levels;
}

describe("the Dashboard's cut of the change log (db/queries/level-history.ts)", () => {
  it("gives the same history and pace as the whole log, for any log and any window start", async () => {
    for (const [seed, length, skills] of [
      [1, 40, SKILL_IDS.slice(0, 3)],
      [2, 400, SKILL_IDS],
      [3, 900, SKILL_IDS.slice(0, 5)],
    ] as const) {
      const log = randomLog(seed, length, skills);
      const userId = await userWithLog(`history-${seed}@example.com`, log);
      const whole = await listLevelChanges(userId);
      expect(whole).toHaveLength(length);
      const levels = levelsAfter(log);
      const history = await listDailyLastChanges(userId);
      const days = new Set(log.map((c) => c.changedAt.toISOString().slice(0, 10))).size;
      expect(history.length).toBeLessThanOrEqual(Math.min(length, days * skills.length));
      // Window starts before, inside (some exactly on a change's time: "after" is strict) and past the log.
      const times = log.map((c) => c.changedAt.getTime()).sort((a, b) => a - b);
      const starts = [START - DAY, times[Math.floor(length / 3)]!, times[Math.floor(length / 2)]! + 1, times.at(-1)!, times.at(-1)! + DAY];
      for (const start of starts) {
        const now = new Date(start + PACE_WINDOW_DAYS * DAY);
        expect(paceWindowStart(now).getTime()).toBe(start);
        const recent = await listFirstChangesSince(userId, paceWindowStart(now));
        expect(recent.length).toBeLessThanOrEqual(skills.length);
        const goal = { tier: "senior" as const, targetDate: "2027-12-31" };
        const cut = dashboardView({ levels, history, recent, goal, now });
        const full = dashboardView({ levels, history: whole, recent: whole, goal, now });
        expect(cut).toEqual(full);
      }
    }
  });

  it("reads only the user's own log, and nothing for a user without changes", async () => {
    const a = await userWithLog("history-own-a@example.com", randomLog(7, 30, SKILL_IDS.slice(0, 4)));
    const b = await userWithLog("history-own-b@example.com", []);
    expect(await listDailyLastChanges(b)).toEqual([]);
    expect(await listFirstChangesSince(b, new Date(0))).toEqual([]);
    const skillsOfA = new Set(SKILL_IDS.slice(0, 4));
    for (const row of [...(await listDailyLastChanges(a)), ...(await listFirstChangesSince(a, new Date(0)))]) {
      expect(skillsOfA.has(row.skillId)).toBe(true);
      expect(row.changedAt).toBeInstanceOf(Date);
    }
  });

  it("keeps one row per skill and UTC day however many changes that day holds", async () => {
    const log: LoggedChange[] = [];
    for (let i = 0; i < 300; i++) {
      const level = (i % 3) + 1;
      log.push({ skillId: SKILL_IDS[i % 2]!, oldLevel: (level === 1 ? 3 : level - 1) as Level, newLevel: level as Level, changedAt: new Date(START + 1000 * i) });
    }
    log.push({ skillId: SKILL_IDS[0]!, oldLevel: 3, newLevel: 0, changedAt: new Date(START + DAY) });
    const userId = await userWithLog("history-busy-day@example.com", log);
    const history = await listDailyLastChanges(userId);
    expect(history.map((c) => [c.skillId, c.newLevel, c.changedAt.getTime()])).toEqual([
      [SKILL_IDS[1], 3, START + 1000 * 299],
      [SKILL_IDS[0], 2, START + 1000 * 298],
      [SKILL_IDS[0], 0, START + DAY],
    ].sort((x, y) => (x[2] as number) - (y[2] as number)));
  });
});
