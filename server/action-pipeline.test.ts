import { z } from "zod";
import { describe, expect, it } from "vitest";
import { DB_UNAVAILABLE } from "@/db/errors";
import { refuse, runPublicAction } from "./action-pipeline";

const schema = z.strictObject({ email: z.email("Enter an email."), age: z.int("A whole number.") });
const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

describe("the action pipeline", () => {
  it("answers the handler's data", async () => {
    expect(await runPublicAction(schema, { email: "a@b.co", age: 3 }, async (d) => d.age + 1)).toEqual({ ok: true, data: 4 });
  });

  it("rejects input the strict schema refuses, with the first message and one per field", async () => {
    const result = await runPublicAction(schema, { email: "x", age: 1.5, extra: 1 }, async () => "never", { fields: true });
    expect(result).toMatchObject({ ok: false, error: "Enter an email.", fields: { email: "Enter an email.", age: "A whole number." } });
    // Actions that are not forms answer exactly { ok: false, error }.
    expect(await runPublicAction(schema, {}, async () => "never", { invalid: "Please fix the fields below." })).toEqual({
      ok: false,
      error: "Please fix the fields below.",
    });
  });

  it("turns a refusal into { ok: false } and a transient database error into the one message", async () => {
    const input = { email: "a@b.co", age: 3 };
    expect(await runPublicAction(schema, input, async () => refuse("Taken.", { email: "Taken." }))).toEqual({ ok: false, error: "Taken.", fields: { email: "Taken." } });
    expect(await runPublicAction(schema, input, async () => Promise.reject(busy()))).toEqual({ ok: false, error: DB_UNAVAILABLE });
  });

  it("lets any other error through: a throw is a bug (or Next's redirect)", async () => {
    await expect(runPublicAction(schema, { email: "a@b.co", age: 3 }, async () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
  });
});
