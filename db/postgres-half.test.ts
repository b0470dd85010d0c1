import { describe, expect, inject, it } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    postgresSkipped: string;
  }
}

// In the sqlite project: makes a skipped PostgreSQL half visible in every run's summary.
const reason = inject("postgresSkipped");

describe("the PostgreSQL half of the db tests", () => {
  if (reason) it.skip(`was SKIPPED: ${reason}`, () => undefined);
  else it("runs (vitest project postgres)", () => expect(reason).toBe(""));
});
