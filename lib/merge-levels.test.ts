import { describe, expect, it } from "vitest";
import { planGuestMerge } from "./merge-levels";

describe("planGuestMerge", () => {
  it("keeps the higher level per skill", () => {
    expect(planGuestMerge({ git: 2, docker: 1 }, { git: 1, docker: 3, redis: 2 })).toEqual([
      { skillId: "docker", from: 1, to: 3 },
      { skillId: "redis", from: 0, to: 2 },
    ]);
  });

  it("skips unknown skills and bad levels", () => {
    expect(planGuestMerge({}, { cobol: 3, git: 7, docker: "2", redis: 1.5, flask: -1, rest: 0 })).toEqual([]);
  });
});
