import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { dashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { PACE_WINDOW_DAYS, paceWindowStart } from "@/lib/pace";
import { SKILL_IDS } from "@/lib/roadmap";
import { createTestDatabase } from "../test-db";
import { getDashboardLog } from "./level-history";
import { getLevels, listLevelChanges, setLevels } from "./levels";
import { createUser } from "./users";

// The Dashboard reads the change log by day (level_days, kept by the level writes); what it shows
// must be exactly what the whole log gives. The clock is set per write, so logs here hold what
// several processes can write: times out of id order (their clocks differ), several changes in one
// millisecond, changes on the stroke of midnight UTC.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());
afterEach(() => {
  vi.useRealTimers();
});

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 5);

type Step = { at: number; levels: Record<string, Level> };

function randomSteps(seed: number, length: number, skills: readonly string[]): Step[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const steps: Step[] = [];
  let t = START;
  for (let i = 0; i < length; i++) {
    const levels: Record<string, Level> = {};
    const count = next() < 0.8 ? 1 : 3;
    for (let k = 0; k < count; k++) levels[skills[Math.floor(next() * skills.length)]!] = Math.floor(next() * 4) as Level;
    const r = next();
    if (r < 0.6) t += Math.floor(next() * 6 * 60 * 60 * 1000);
    else if (r < 0.7) t -= Math.floor(next() * 3 * 60 * 60 * 1000);
    else if (r < 0.8) t = Math.ceil(t / DAY) * DAY;
    else if (r < 0.85) t = Math.ceil(t / DAY) * DAY - 1;
    // else: the same millisecond as the step before.
    steps.push({ at: t, levels });
  }
  return steps;
}

async function userWithSteps(email: string, steps: readonly Step[]) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  vi.useFakeTimers({ toFake: ["Date"] });
  for (const step of steps) {
    vi.setSystemTime(step.at);
    await setLevels(user.id, step.levels);
  }
  vi.useRealTimers();
  return user.id;
}

describe("the Dashboard's log by day (db/queries/level-history.ts)", () => {
  it("gives the same history and pace as the whole log, for any log and any window start", async () => {
    for (const [seed, length, skills] of [
      [1, 40, SKILL_IDS.slice(0, 3)],
      [2, 300, SKILL_IDS],
      [3, 600, SKILL_IDS.slice(0, 5)],
    ] as const) {
      const steps = randomSteps(seed, length, skills);
      const userId = await userWithSteps(`history-${seed}@example.com`, steps);
      const whole = await listLevelChanges(userId);
      const levels = await getLevels(userId);
      const times = whole.map((c) => c.changedAt.getTime()).sort((a, b) => a - b);
      const days = new Set(times.map((t) => Math.floor(t / DAY))).size;
      // Window starts before, inside (one exactly on a change: "after" is strict, one on midnight) and past the log.
      const starts = [START - DAY, times[Math.floor(times.length / 3)]!, times[Math.floor(times.length / 2)]! + 1, Math.ceil(times[10]! / DAY) * DAY, times.at(-1)!, times.at(-1)! + DAY];
      for (const start of starts) {
        const now = new Date(start + PACE_WINDOW_DAYS * DAY);
        expect(paceWindowStart(now).getTime()).toBe(start);
        const { history, recent } = await getDashboardLog(userId, paceWindowStart(now));
        expect(history.length).toBeLessThanOrEqual(Math.min(whole.length, days * skills.length));
        const goal = { tier: "senior" as const, targetDate: "2027-12-31" };
        expect(dashboardView({ levels, history, recent, goal, now })).toEqual(dashboardView({ levels, history: whole, recent: whole, goal, now }));
      }
    }
  });

  it("keeps one row per skill and UTC day however many changes that day holds", async () => {
    const [a, b] = [SKILL_IDS[0]!, SKILL_IDS[1]!];
    const steps: Step[] = [];
    for (let i = 0; i < 300; i++) steps.push({ at: START + 1000 * i, levels: { [i % 2 ? b : a]: ((i % 3) + 1) as Level } });
    steps.push({ at: START + DAY, levels: { [a]: 0 } });
    const userId = await userWithSteps("history-busy-day@example.com", steps);
    const { history, recent } = await getDashboardLog(userId, new Date(START - DAY));
    expect(history.map((c) => [c.skillId, c.newLevel, c.changedAt.getTime()]).sort()).toEqual(
      [
        [b, 3, START + 1000 * 299],
        [a, 2, START + 1000 * 298],
        [a, 0, START + DAY],
      ].sort(),
    );
    // Per day its first change: the level before it and when.
    expect(recent.map((c) => [c.skillId, c.oldLevel, c.changedAt.getTime()]).sort()).toEqual(
      [
        [a, 0, START],
        [b, 0, START + 1000],
        [a, 2, START + DAY],
      ].sort(),
    );
  });

  it("reads only the user's own days, and nothing for a user without changes", async () => {
    const a = await userWithSteps("history-own-a@example.com", randomSteps(7, 30, SKILL_IDS.slice(0, 4)));
    const b = await userWithSteps("history-own-b@example.com", []);
    expect(await getDashboardLog(b, new Date(0))).toEqual({ history: [], recent: [] });
    // No goal, no pace: no window to read.
    expect((await getDashboardLog(a, null)).recent).toEqual([]);
    expect((await getDashboardLog(a, null)).history).toEqual((await getDashboardLog(a, new Date(0))).history);
    const skillsOfA = new Set(SKILL_IDS.slice(0, 4));
    const log = await getDashboardLog(a, new Date(0));
    for (const row of [...log.history, ...log.recent]) {
      expect(skillsOfA.has(row.skillId)).toBe(true);
      expect(row.changedAt).toBeInstanceOf(Date);
    }
  });
});
