import { describe, expect, it } from "vitest";
import { SKILLS, getSkill } from "../roadmap";
import {
  RUBRICS,
  RUBRIC_LEVELS,
  RUBRIC_VERSION,
  cumulativeStatements,
  docLinks,
  firstDocLink,
  getRubric,
  statementsAddedAt,
  upgradeStatements,
} from ".";

const entries = Object.entries(RUBRICS);

describe("rubric data", () => {
  it("has a positive whole content version", () => {
    expect(Number.isInteger(RUBRIC_VERSION)).toBe(true);
    expect(RUBRIC_VERSION).toBeGreaterThan(0);
  });

  it("covers every roadmap skill, in roadmap order, and no unknown skill id", () => {
    expect(Object.keys(RUBRICS)).toEqual(SKILLS.map((s) => s.id));
    for (const [id] of entries) expect(getSkill(id), id).toBeDefined();
  });

  it("has Beginner, Intermediate and Expert for every skill, with 2 to 4 statements each", () => {
    for (const skill of SKILLS) {
      const rubric = RUBRICS[skill.id]!;
      expect(Object.keys(rubric.adds).sort(), skill.id).toEqual(["1", "2", "3"]);
      for (const level of RUBRIC_LEVELS) {
        const n = rubric.adds[level].length;
        expect(n >= 2 && n <= 4, `${skill.id} level ${level} has ${n} statements`).toBe(true);
      }
    }
  });

  it("has no empty statement and no statement twice across the whole rubric (case-insensitive)", () => {
    const seen = new Map<string, string>();
    for (const [id, rubric] of entries) {
      for (const level of RUBRIC_LEVELS) {
        for (const statement of rubric.adds[level]) {
          expect(statement.trim(), `${id} ${level}`).not.toBe("");
          expect(statement, `${id} ${level}: no stray spaces`).toBe(statement.trim());
          const key = statement.trim().toLowerCase().replace(/\s+/g, " ");
          expect(seen.get(key), `"${statement}" repeated`).toBeUndefined();
          seen.set(key, `${id} ${level}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(34 * 3 * 2);
  });

  it("never uses the vague wording the issue rules out", () => {
    for (const [id, rubric] of entries) {
      for (const level of RUBRIC_LEVELS) {
        for (const statement of rubric.adds[level]) {
          expect(statement, id).not.toMatch(/\b(knows|understands) (the )?basics\b|\bfamiliar with\b/i);
        }
      }
    }
  });

  it("has 1 to 3 https documentation links per skill, each titled, none repeated", () => {
    const urls = new Set<string>();
    for (const [id, rubric] of entries) {
      expect(rubric.docs.length >= 1 && rubric.docs.length <= 3, `${id} has ${rubric.docs.length} links`).toBe(true);
      for (const link of rubric.docs) {
        expect(link.title.trim(), `${id} link title`).not.toBe("");
        const url = new URL(link.url);
        expect(url.protocol, link.url).toBe("https:");
        expect(url.hash, link.url).toBe("");
        const key = url.href.toLowerCase();
        expect(urls.has(key), `${link.url} repeated`).toBe(false);
        urls.add(key);
      }
    }
  });
});

describe("rubric helpers", () => {
  it("returns what a level adds, and nothing for an unknown skill", () => {
    expect(statementsAddedAt("docker", 1)).toContain(
      "Writes a Dockerfile for a Python web app and runs it with a port and a volume",
    );
    expect(statementsAddedAt("no-such-skill", 1)).toEqual([]);
    expect(getRubric("no-such-skill")).toBeUndefined();
    expect(getRubric("constructor")).toBeUndefined();
    expect(getRubric("__proto__")).toBeUndefined();
  });

  it("makes each level include the ones below it", () => {
    expect(cumulativeStatements("docker", 0)).toEqual([]);
    const expert = cumulativeStatements("docker", 3);
    expect(expert.map((e) => e.level)).toEqual([1, 2, 3]);
    expect(expert.flatMap((e) => e.statements)).toEqual([
      ...statementsAddedAt("docker", 1),
      ...statementsAddedAt("docker", 2),
      ...statementsAddedAt("docker", 3),
    ]);
    expect(cumulativeStatements("docker", 2).map((e) => e.level)).toEqual([1, 2]);
    expect(cumulativeStatements("no-such-skill", 3)).toEqual([]);
  });

  it("gives an upgrade the statements of the levels it climbs", () => {
    expect(upgradeStatements("git", 1, 3).map((e) => e.level)).toEqual([2, 3]);
    expect(upgradeStatements("git", 0, 1)).toEqual([{ level: 1, statements: statementsAddedAt("git", 1) }]);
    expect(upgradeStatements("git", 2, 2)).toEqual([]);
    expect(upgradeStatements("git", 3, 1)).toEqual([]);
  });

  it("gives the first documentation link", () => {
    expect(firstDocLink("git")).toEqual(docLinks("git")[0]);
    expect(firstDocLink("git")?.url).toMatch(/^https:\/\/git-scm\.com\//);
    expect(firstDocLink("no-such-skill")).toBeUndefined();
  });
});
