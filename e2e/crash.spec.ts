import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { callAction, checkLevelLog, setLevelActionId } from "./attack";
import { signUp } from "./helpers";
import { queryDbAt } from "./db";
import { freePort, killGroup, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase } from "./shared-database";

// kill -9 of the whole server mid-burst: every acknowledged level change must survive, the log
// must still chain, and the database must be sound (SQLite: integrity_check and foreign_key_check;
// PostgreSQL's own recovery is not ours to check, the log and the levels are).

const LANES: string[][] = [
  ["git", "docker"],
  ["linux-basics", "python-fundamentals"],
  ["relational-db-sql", "kubernetes"],
];
const KILL_AFTER_ACKS = 60;
const KILL_AFTER_MS = 8_000;
const MAX_PER_LANE = 200;

/** A level sequence as the log records it: repeats of the current level are not changes. */
function asChanges(levels: number[]): number[] {
  const out: number[] = [];
  let current = 0;
  for (const level of levels) {
    if (level !== current) out.push(level);
    current = level;
  }
  return out;
}

test("kill -9 mid-burst loses no acknowledged level change and leaves a sound database", async ({ browser }) => {
  test.setTimeout(300_000);
  const database = await sharedDatabase("crash");
  const at = databaseAt(database);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = startServer(port, database.path, database.env);
  const context = await browser.newContext({ baseURL: base });
  try {
    await waitUntilUp(base, server);
    const page = await context.newPage();
    await signUp(page);
    const id = await setLevelActionId(page); // Git → Beginner, acknowledged by the page

    const acked = new Map<string, number[]>([["git", [1]]]);
    const maybe = new Map<string, number>(); // sent, no answer: may or may not have committed
    let ackCount = 0;
    let killedAt = 0;
    const burstStart = Date.now();
    const kill = () => {
      if (killedAt) return;
      killedAt = Date.now();
      killGroup(server, "SIGKILL");
    };
    const killTimer = setTimeout(kill, KILL_AFTER_MS);

    let random = (Date.now() % 2_147_483_647) || 1;
    const next = () => (random = (random * 48271) % 2_147_483_647) / 2_147_483_647;

    await Promise.all(
      LANES.map(async (skills) => {
        for (let i = 0; i < MAX_PER_LANE && Date.now() - burstStart < 60_000; i++) {
          const skillId = skills[i % skills.length]!;
          const level = Math.floor(next() * 4);
          let reply;
          try {
            const result = await callAction(page.request, { url: "/skills", id, args: [{ skillId, level }], origin: base });
            reply = result.reply;
          } catch {
            reply = null; // connection refused or reset: the server is gone
          }
          if (reply?.ok === true) {
            const levels = (reply.data as { levels: Record<string, number> }).levels;
            expect(levels[skillId] ?? 0).toBe(level);
            acked.set(skillId, [...(acked.get(skillId) ?? []), level]);
            ackCount++;
            if (ackCount >= KILL_AFTER_ACKS) kill();
            continue;
          }
          // No acknowledgement. Only a request that may have reached the server before the kill counts.
          expect(killedAt, `a change failed before the kill: ${JSON.stringify(reply)}`).toBeGreaterThan(0);
          maybe.set(skillId, level);
          return;
        }
      }),
    );
    clearTimeout(killTimer);
    kill();
    await Promise.race([server.exited, new Promise((r) => setTimeout(r, 15_000))]);
    const summary = `${ackCount + 1} acknowledged changes, killed after ${killedAt - burstStart} ms, unanswered: ${JSON.stringify(Object.fromEntries(maybe))}`;
    test.info().annotations.push({ type: "burst", description: summary });
    console.log(`crash: ${summary}`);
    expect(ackCount).toBeGreaterThan(0);

    // Restart on the same file: the acknowledged session and levels are all there.
    server = startServer(port, database.path, database.env);
    await waitUntilUp(base, server);
    await page.goto("/skills");
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
    await expect(page.getByText("Guest mode")).toHaveCount(0);
    await stop(server, "SIGTERM");

    if (database.dialect === "sqlite") {
      const db = new Database(database.path, { fileMustExist: true });
      try {
        expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
        expect(db.pragma("foreign_key_check")).toEqual([]);
      } finally {
        db.close();
      }
    }
    {
      const query = <T,>(sql: string, ...params: unknown[]) => queryDbAt<T>(at, sql, ...params);
      const [user] = await query<{ id: string }>("select id from users");
      expect(user).toBeTruthy();
      const { chains, levels } = await checkLevelLog(user!.id, query);
      for (const skillId of LANES.flat()) {
        const expected = asChanges(acked.get(skillId) ?? []);
        const logged = chains.get(skillId) ?? [];
        const pending = maybe.get(skillId);
        // Every acknowledged change is logged, in order; at most the one unanswered change follows.
        const allowed = [expected];
        if (pending !== undefined && pending !== (expected.at(-1) ?? 0)) allowed.push([...expected, pending]);
        expect(allowed, `${skillId}: acknowledged ${JSON.stringify(acked.get(skillId))}, unanswered ${pending}`).toContainEqual(logged);
        expect(levels.get(skillId) ?? 0).toBe(logged.at(-1) ?? 0);
      }
    }
  } finally {
    await context.close();
    await stop(server, "SIGKILL");
    await database.drop();
  }
});
