import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test-db";
import { getGoal, setGoal } from "./goals";
import { applyLevelPlan, getLevels } from "./levels";
import { createUser, deleteUser } from "./users";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

describe("goals", () => {
  it("is null until set, then the tier and day, and null again once cleared", async () => {
    const user = await createUser({ email: "goal1@example.com", passwordHash: "x", name: null });
    if (!user) throw new Error("user not created");
    expect(await getGoal(user.id)).toBeNull();
    expect(await setGoal(user.id, { tier: "mid", targetDate: "2027-06-30" })).toBe(true);
    expect(await getGoal(user.id)).toEqual({ tier: "mid", targetDate: "2027-06-30" });
    expect(await setGoal(user.id, { tier: "senior", targetDate: "2028-01-01" })).toBe(true);
    expect(await getGoal(user.id)).toEqual({ tier: "senior", targetDate: "2028-01-01" });
    expect(await setGoal(user.id, null)).toBe(true);
    expect(await getGoal(user.id)).toBeNull();
  });

  it("touches only its own user, and reports a user that is gone", async () => {
    const a = await createUser({ email: "goal2@example.com", passwordHash: "x", name: null });
    const b = await createUser({ email: "goal3@example.com", passwordHash: "x", name: null });
    if (!a || !b) throw new Error("users not created");
    await setGoal(a.id, { tier: "junior", targetDate: "2027-01-31" });
    expect(await getGoal(b.id)).toBeNull();
    expect(await setGoal("no-such-user", { tier: "junior", targetDate: "2027-01-31" })).toBe(false);
    await deleteUser(a.id);
    expect(await getGoal(a.id)).toBeNull();
  });

  it("comes with an import's levels in one transaction, and an import without one keeps the learner's", async () => {
    const user = await createUser({ email: "goal4@example.com", passwordHash: "x", name: null });
    if (!user) throw new Error("user not created");
    await setGoal(user.id, { tier: "junior", targetDate: "2027-01-31" });
    await applyLevelPlan(user.id, () => ({ git: 2 }), {}, null);
    expect(await getGoal(user.id)).toEqual({ tier: "junior", targetDate: "2027-01-31" });
    await applyLevelPlan(user.id, () => ({ docker: 1 }), {}, { tier: "senior", targetDate: "2020-05-01" });
    expect(await getGoal(user.id)).toEqual({ tier: "senior", targetDate: "2020-05-01" });
    expect(await getLevels(user.id)).toEqual({ git: 2, docker: 1 });
    // The goal is written first: a level the database refuses afterwards takes the goal back with it.
    await expect(applyLevelPlan(user.id, () => ({ git: 9 as never }), {}, { tier: "mid", targetDate: "2027-06-30" })).rejects.toThrow();
    expect(await getGoal(user.id)).toEqual({ tier: "senior", targetDate: "2020-05-01" });
  });
});
