import { describe, expect, it } from "vitest";
import { goalSchema, storedGoal } from "./goal-schemas";
import { daysUntil } from "./pace";

describe("goalSchema", () => {
  it("accepts a tier and a calendar day", () => {
    expect(goalSchema.parse({ tier: "mid", targetDate: "2027-03-01" })).toEqual({ tier: "mid", targetDate: "2027-03-01" });
  });

  it("rejects unknown tiers, malformed or impossible dates and extra keys", () => {
    const bad: unknown[] = [
      { tier: "lead", targetDate: "2027-03-01" },
      { tier: "mid", targetDate: "2027-02-29" },
      { tier: "mid", targetDate: "01/03/2027" },
      { tier: "mid", targetDate: "2027-03-01T00:00:00Z" },
      { tier: "mid", targetDate: "9999-01-01" },
      { tier: "mid", targetDate: 20270301 },
      { tier: "mid" },
      { tier: "mid", targetDate: "2027-03-01", userId: "someone-else" },
      null,
    ];
    for (const input of bad) expect(goalSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});

describe("daysUntil", () => {
  it("counts UTC calendar days", () => {
    const now = new Date("2026-12-31T23:00:00Z");
    expect(daysUntil("2026-12-31", now)).toBe(0);
    expect(daysUntil("2027-01-01", now)).toBe(1);
    expect(daysUntil("2026-12-01", now)).toBe(-30);
    expect(() => daysUntil("2026-13-01", now)).toThrow(RangeError);
  });
});

describe("storedGoal", () => {
  it("reads the two stored columns as a goal only when both hold one", () => {
    expect(storedGoal({ goalTier: "mid", goalDate: "2027-01-31" })).toEqual({ tier: "mid", targetDate: "2027-01-31" });
    expect(storedGoal({ goalTier: null, goalDate: null })).toBeNull();
    expect(storedGoal({ goalTier: "mid", goalDate: null })).toBeNull();
    expect(storedGoal({ goalTier: null, goalDate: "2027-01-31" })).toBeNull();
    expect(storedGoal({ goalTier: "principal", goalDate: "2027-01-31" })).toBeNull();
  });
});
