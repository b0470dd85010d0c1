import { expect, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { queryDb } from "./db";
import { setLevel } from "./helpers";

/** What a server action returned, read out of its RSC response body. */
export type ActionReply = { ok: boolean; error?: string; data?: unknown };
export type ActionCall = { status: number; body: string; reply: ActionReply | null };

export type ActionKind = "setLevel" | "saveNote" | "previewImport" | "applyImport";

export const VALID_IMPORT = JSON.stringify({
  format: "rungs-progress",
  formatVersion: 1,
  roadmapVersion: 1,
  levels: { git: 2 },
});

function waitForAction(page: Page, bodyIncludes: string): Promise<Request> {
  return page.waitForRequest(
    (r) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes(bodyIncludes),
    { timeout: 20_000 },
  );
}

// Action ids are fixed per build; each is read from the real thing done in a page.
function remember(kind: ActionKind, request: Request): string {
  const id = request.headers()["next-action"];
  if (!id) throw new Error(`no next-action header for ${kind}`);
  return id;
}

/** Sets Git to Beginner through the Skills page (a signed-in page); returns setSkillLevelAction's id. */
export async function setLevelActionId(page: Page): Promise<string> {
  await page.goto("/skills");
  const request = waitForAction(page, '"skillId"');
  await setLevel(page, "Git", "Beginner");
  return remember("setLevel", await request);
}

/** Saves a private note for Git through the Notes page; returns saveNoteAction's id. */
export async function saveNoteActionId(page: Page): Promise<string> {
  await page.goto("/notes");
  await page.getByRole("button", { name: "Notes for Git", exact: true }).click();
  await page.getByLabel("Note", { exact: true }).fill("first note");
  const request = waitForAction(page, '"note"');
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("status")).toContainText("Saved note for Git.");
  return remember("saveNote", await request);
}

/** Imports VALID_IMPORT through Settings (preview, then apply); returns both actions' ids. */
export async function importActionIds(page: Page): Promise<{ preview: string; apply: string }> {
  await page.goto("/settings");
  const previewRequest = waitForAction(page, '"text"');
  await page.getByLabel("Import file").setInputFiles({ name: "ok.json", mimeType: "application/json", buffer: Buffer.from(VALID_IMPORT) });
  const preview = remember("previewImport", await previewRequest);
  const applyRequest = waitForAction(page, '"text"');
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status")).toContainText("Import applied");
  const apply = remember("applyImport", await applyRequest);
  return { preview, apply };
}

/** Finds the action's `{ ok, … }` result among the lines of an RSC stream. */
export function parseActionReply(body: string): ActionReply | null {
  const find = (value: unknown): ActionReply | null => {
    if (!value || typeof value !== "object") return null;
    if ("ok" in value && typeof (value as { ok: unknown }).ok === "boolean") return value as ActionReply;
    for (const child of Object.values(value)) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(.*)$/.exec(line);
    if (!m) continue;
    try {
      const hit = find(JSON.parse(m[1]!));
      if (hit) return hit;
    } catch {
      // not JSON: a text or module chunk
    }
  }
  return null;
}

/**
 * Posts to a server action as the browser does. `data` is the JSON-encoded argument list, or a
 * raw string when the caller wants to send something JSON.stringify cannot produce.
 */
export async function callAction(
  request: APIRequestContext,
  opts: { url: string; id: string; args?: unknown[]; raw?: string; origin: string; headers?: Record<string, string> },
): Promise<ActionCall> {
  const response = await request.post(opts.url, {
    headers: {
      "Next-Action": opts.id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: opts.origin,
      ...opts.headers,
    },
    data: opts.raw ?? JSON.stringify(opts.args ?? []),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  return { status: response.status(), body, reply: parseActionReply(body) };
}

/** Everything the database holds for one user, to compare before and after an attack. */
export async function userSnapshot(userId: string) {
  return {
    user: await queryDb("select * from users where id = ?", userId),
    levels: await queryDb("select skill_id, level, updated_at from skill_levels where user_id = ? order by skill_id", userId),
    changes: await queryDb("select * from level_changes where user_id = ? order by id", userId),
    notes: await queryDb("select * from skill_notes where user_id = ? order by skill_id", userId),
    sessions: await queryDb("select * from sessions where user_id = ? order by id", userId),
  };
}

export type LevelChangeRow = { id: number; skill_id: string; old_level: number; new_level: number };

/**
 * Checks the append-only log of one user: per skill, ordered by id, it starts from 0 (None), each
 * entry starts where the last one ended, and the last one ends at the stored level.
 */
export async function checkLevelLog(
  userId: string,
  query: <T>(sql: string, ...params: unknown[]) => Promise<T[]> = queryDb,
): Promise<{ chains: Map<string, number[]>; levels: Map<string, number> }> {
  const rows = await query<LevelChangeRow>("select id, skill_id, old_level, new_level from level_changes where user_id = ? order by id", userId);
  const levels = new Map(
    (await query<{ skill_id: string; level: number }>("select skill_id, level from skill_levels where user_id = ?", userId)).map((r) => [r.skill_id, r.level]),
  );
  const chains = new Map<string, number[]>();
  const last = new Map<string, number>();
  for (const row of rows) {
    expect(row.old_level, `log entry ${row.id} for ${row.skill_id} starts where the last one ended`).toBe(last.get(row.skill_id) ?? 0);
    expect(row.new_level).not.toBe(row.old_level);
    last.set(row.skill_id, row.new_level);
    chains.set(row.skill_id, [...(chains.get(row.skill_id) ?? []), row.new_level]);
  }
  for (const [skillId, level] of last) expect(levels.get(skillId), `stored level of ${skillId} equals the log's last entry`).toBe(level);
  for (const [skillId, level] of levels) if (level !== 0) expect(last.get(skillId), `${skillId} has a log`).toBe(level);
  const dup = await query<{ n: number }>(
    "select count(*) n from (select skill_id from skill_levels where user_id = ? group by skill_id having count(*) > 1) dups",
    userId,
  );
  expect(dup).toEqual([{ n: 0 }]);
  return { chains, levels };
}
