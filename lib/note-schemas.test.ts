import { describe, expect, it } from "vitest";
import { noteSchema } from "./note-schemas";

const base = { skillId: "git", note: "", links: [] as string[], isPublic: false };

describe("noteSchema", () => {
  it("takes a note of up to 2,000 characters and up to 5 http(s) links", () => {
    const ok = noteSchema.safeParse({ ...base, note: "é".repeat(2000), links: ["https://a.example/x", " http://b.example "] });
    expect(ok.success).toBe(true);
    expect(ok.data?.links).toEqual(["https://a.example/x", "http://b.example"]);
  });

  it.each([
    [{ note: "x".repeat(2001) }, "at most 2000"],
    [{ links: Array(6).fill("https://a.example") }, "At most 5"],
    [{ links: ["javascript:alert(1)"] }, "http"],
    [{ links: ["data:text/html,hi"] }, "http"],
    [{ links: ["ftp://a.example"] }, "http"],
    [{ links: ["//a.example"] }, "http"],
    [{ links: ["https://user:pw@a.example"] }, "http"],
    [{ links: ["https://a.example/" + "x".repeat(500)] }, "500"],
  ])("refuses %j", (patch, message) => {
    const r = noteSchema.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(message);
  });

  it("refuses unknown skills and extra fields", () => {
    expect(noteSchema.safeParse({ ...base, skillId: "cobol" }).success).toBe(false);
    expect(noteSchema.safeParse({ ...base, userId: "x" }).success).toBe(false);
  });
});
