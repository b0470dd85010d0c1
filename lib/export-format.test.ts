import { describe, expect, it } from "vitest";
import { buildExport, IMPORT_MAX_BYTES, parseImport, planImport } from "./export-format";

const sample = () =>
  buildExport({
    levels: { git: 2, docker: 1 },
    notes: { git: { note: "Rebased a lot", links: ["https://github.com/me"], isPublic: true } },
    history: [{ skillId: "git", oldLevel: 0, newLevel: 2, changedAt: new Date("2026-01-02T03:04:05Z") }],
    now: new Date("2026-02-01T00:00:00Z"),
  });

describe("export and import", () => {
  it("exports a versioned file with every skill, notes and history", () => {
    const file = sample();
    expect(file).toMatchObject({ format: "rungs-progress", formatVersion: 1, roadmapVersion: 1, exportedAt: "2026-02-01T00:00:00.000Z" });
    expect(Object.keys(file.levels)).toHaveLength(34);
    expect(file.levels.git).toBe(2);
    expect(file.levels.kubernetes).toBe(0);
    expect(file.history[0]).toEqual({ skillId: "git", oldLevel: 0, newLevel: 2, changedAt: "2026-01-02T03:04:05.000Z" });
    expect(file.connectedAccounts).toEqual([]);
  });

  it("lists connected providers with when they were connected, and nothing else about them", () => {
    const account = { provider: "github", createdAt: new Date("2026-01-03T00:00:00Z"), providerAccountId: "9001", issuer: "https://github.com", email: "a@b.example", access_token: "gho_secret" };
    const file = buildExport({ levels: {}, notes: {}, history: [], connectedAccounts: [account] });
    expect(file.connectedAccounts).toEqual([{ provider: "github", connectedAt: "2026-01-03T00:00:00.000Z" }]);
    expect(JSON.stringify(file)).not.toMatch(/gho_secret|9001|a@b\.example/);
    expect(parseImport(JSON.stringify(file)).ok).toBe(true);
  });

  it("round-trips", () => {
    const parsed = parseImport(JSON.stringify(sample()));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.levels.git).toBe(2);
      expect(parsed.notes.git?.links).toEqual(["https://github.com/me"]);
      expect(parsed.unknownSkillIds).toEqual([]);
    }
  });

  it("exports the goal, and an import brings it back", () => {
    const file = buildExport({ levels: {}, notes: {}, history: [], goal: { tier: "mid", targetDate: "2027-06-30" } });
    expect(file.goal).toEqual({ tier: "mid", targetDate: "2027-06-30" });
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: true, goal: { tier: "mid", targetDate: "2027-06-30" } });
    expect(sample().goal).toBeNull();
  });

  it("takes files without a goal (older exports) and a goal whose day has passed", () => {
    const older: Partial<ReturnType<typeof sample>> = sample();
    delete older.goal;
    expect(parseImport(JSON.stringify(older))).toMatchObject({ ok: true, goal: null });
    expect(parseImport(JSON.stringify({ ...sample(), goal: null }))).toMatchObject({ ok: true, goal: null });
    const past = { ...sample(), goal: { tier: "junior", targetDate: "2020-01-31" } };
    expect(parseImport(JSON.stringify(past))).toMatchObject({ ok: true, goal: { tier: "junior", targetDate: "2020-01-31" } });
  });

  it("lists and skips unknown skill ids", () => {
    const file = { ...sample(), levels: { git: 3, cobol: 2, "fortran-77": 1 }, notes: { pascal: { note: "", links: [], isPublic: false } } };
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, levels: { git: 3 }, unknownSkillIds: ["cobol", "fortran-77", "pascal"] });
  });

  it.each([
    ["not json", "{", "not valid JSON"],
    ["another format", JSON.stringify({ ...sample(), format: "other" }), "not a Rungs export"],
    ["a future version", JSON.stringify({ ...sample(), formatVersion: 2 }), "format version 1"],
    ["a level out of range", JSON.stringify({ ...sample(), levels: { git: 4 } }), "levels.git"],
    ["a level of the wrong type", JSON.stringify({ ...sample(), levels: { git: "3" } }), "levels.git"],
    ["a script link", JSON.stringify({ ...sample(), notes: { git: { note: "", links: ["javascript:alert(1)"], isPublic: false } } }), "http"],
    ["an extra field", JSON.stringify({ ...sample(), userId: "someone" }), "match the export format"],
    ["an array", "[]", "match the export format"],
    ["a goal of an unknown tier", JSON.stringify({ ...sample(), goal: { tier: "principal", targetDate: "2027-01-01" } }), "goal.tier"],
    ["a goal on no real day", JSON.stringify({ ...sample(), goal: { tier: "mid", targetDate: "2027-02-30" } }), "goal.targetDate"],
    ["a goal with an extra field", JSON.stringify({ ...sample(), goal: { tier: "mid", targetDate: "2027-01-01", userId: "x" } }), "goal"],
  ])("refuses %s", (_name, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("refuses files over the size cap before parsing", () => {
    const parsed = parseImport(" ".repeat(IMPORT_MAX_BYTES + 1));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining("too large") });
  });

  it("plans only real changes, in roadmap order", () => {
    expect(planImport({ git: 2, docker: 3 }, { docker: 1, git: 2, kubernetes: 0, linux: 1 } as never)).toEqual([
      { skillId: "docker", from: 3, to: 1 },
    ]);
  });
});
