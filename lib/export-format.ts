import { z } from "zod";
import type { Level } from "./levels";
import type { LevelChangePlan } from "./merge-levels";
import { LINKS_MAX, evidenceLinkSchema, NOTE_MAX } from "./note-schemas";
import { isSkillId, ROADMAP_VERSION, SKILLS } from "./roadmap";
import { IMPORT_MAX_BYTES } from "./limits";
import { goalSchema, type GoalInput } from "./goal-schemas";

export const EXPORT_FORMAT = "rungs-progress";
export const EXPORT_FORMAT_VERSION = 1;
export { IMPORT_MAX_BYTES };

export type NoteData = { note: string; links: string[]; isPublic: boolean };
export type HistoryEntry = { skillId: string; oldLevel: Level; newLevel: Level; changedAt: string };
/** A sign-in provider the account is connected to: which, and since when. Never a token or an account id. */
export type ConnectedAccount = { provider: string; connectedAt: string };

export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  roadmapVersion: number;
  exportedAt: string;
  levels: Record<string, Level>;
  notes: Record<string, NoteData>;
  history: HistoryEntry[];
  connectedAccounts: ConnectedAccount[];
  /** The learner's goal (tier and target day), or null when none is set. */
  goal: GoalInput | null;
};

export function buildExport(input: {
  levels: Readonly<Record<string, Level>>;
  notes: Readonly<Record<string, NoteData>>;
  history: readonly { skillId: string; oldLevel: Level; newLevel: Level; changedAt: Date }[];
  connectedAccounts?: readonly { provider: string; createdAt: Date }[];
  goal?: GoalInput | null;
  now?: Date;
}): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    roadmapVersion: ROADMAP_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    // Every skill, in roadmap order, so the file reads as a full picture.
    levels: Object.fromEntries(SKILLS.map((s) => [s.id, input.levels[s.id] ?? 0])),
    notes: { ...input.notes },
    history: input.history.map((h) => ({ ...h, changedAt: h.changedAt.toISOString() })),
    // Picked field by field, so nothing else a caller passes (tokens, account ids) can leak in.
    connectedAccounts: (input.connectedAccounts ?? []).map((a) => ({ provider: a.provider, connectedAt: a.createdAt.toISOString() })),
    goal: input.goal ? { tier: input.goal.tier, targetDate: input.goal.targetDate } : null,
  };
}

const levelValue = z.int().min(0).max(3);
const noteValue = z.strictObject({
  note: z.string().refine((v) => Array.from(v).length <= NOTE_MAX, { error: `A note has at most ${NOTE_MAX} characters.` }),
  links: z.array(evidenceLinkSchema).max(LINKS_MAX),
  isPublic: z.boolean(),
});

const importSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: "This is not a Rungs export file." }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: `Only format version ${EXPORT_FORMAT_VERSION} can be imported.` }),
  roadmapVersion: z.int().min(1),
  exportedAt: z.string().max(64).optional(),
  levels: z.record(z.string().max(100), levelValue).refine((r) => Object.keys(r).length <= 500, "Too many skills."),
  notes: z.record(z.string().max(100), noteValue).refine((r) => Object.keys(r).length <= 500, "Too many notes.").optional(),
  // History is informational: the import writes its own log entries.
  history: z.array(z.unknown()).max(100_000).optional(),
  // Informational too: an import never connects a sign-in method.
  connectedAccounts: z.array(z.unknown()).max(100).optional(),
  // Files exported before goals existed have none; a past target day is still the learner's goal.
  goal: goalSchema.nullable().optional(),
});

export type ParsedImport =
  | { ok: true; levels: Record<string, Level>; notes: Record<string, NoteData>; goal: GoalInput | null; unknownSkillIds: string[] }
  | { ok: false; error: string };

/** Validates an export file's text; unknown skill ids are listed and skipped, anything malformed refuses the whole file. */
export function parseImport(text: string): ParsedImport {
  if (new TextEncoder().encode(text).length > IMPORT_MAX_BYTES) {
    return { ok: false, error: `The file is too large (the limit is ${IMPORT_MAX_BYTES / 1024} KB).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  const parsed = importSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    return { ok: false, error: `The file does not match the export format: ${issue?.message ?? "invalid"}${where}.` };
  }
  const unknown = new Set<string>();
  const levels: Record<string, Level> = {};
  for (const [skillId, level] of Object.entries(parsed.data.levels)) {
    if (isSkillId(skillId)) levels[skillId] = level as Level;
    else unknown.add(skillId);
  }
  const notes: Record<string, NoteData> = {};
  for (const [skillId, note] of Object.entries(parsed.data.notes ?? {})) {
    if (isSkillId(skillId)) notes[skillId] = note;
    else unknown.add(skillId);
  }
  // No goal in the file (null or absent) leaves the learner's own goal as it is, as an absent skill does its level.
  return { ok: true, levels, notes, goal: parsed.data.goal ?? null, unknownSkillIds: [...unknown].sort() };
}

/** The level changes an import makes: it sets each listed skill to the file's level. */
export function planImport(
  current: Readonly<Record<string, Level | undefined>>,
  imported: Readonly<Record<string, Level>>,
): LevelChangePlan[] {
  const plan: LevelChangePlan[] = [];
  for (const skill of SKILLS) {
    const to = imported[skill.id];
    if (to === undefined) continue;
    const from = current[skill.id] ?? 0;
    if (to !== from) plan.push({ skillId: skill.id, from, to });
  }
  return plan;
}
