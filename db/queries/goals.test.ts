import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test-db";
import { getGoal, setGoal } from "./goals";
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
});
