import { describe, expect, it } from "vitest";
import { parseOptions } from "./options.mjs";

describe("parseOptions", () => {
  it("has the documented defaults", () => {
    expect(parseOptions([])).toEqual({
      users: 10_000, duration: 10, warmup: 2, connections: 50, rounds: 1, processes: [1], databases: ["sqlite"],
      scale: false, build: true, floor: true, seed: 1, rows: null, views: true,
    });
    expect(parseOptions(["--rows", "static,notFound", "--no-views"])).toMatchObject({ rows: ["static", "notFound"], views: false });
  });

  it("reads numbers and negated flags, and takes a caller's default user count", () => {
    const options = parseOptions(["--users", "100000", "--duration", "3", "--rounds", "3", "--no-build", "--no-floor", "--scale"], { users: 1_000 });
    expect(options).toMatchObject({ users: 100_000, duration: 3, rounds: 3, build: false, floor: false, scale: true });
    expect(parseOptions([], { users: 1_000 }).users).toBe(1_000);
  });

  it("refuses counts that are not positive whole numbers", () => {
    expect(() => parseOptions(["--users", "0"])).toThrow(/--users must be a positive whole number/);
    expect(() => parseOptions(["--duration", "1.5"])).toThrow(/--duration/);
    expect(() => parseOptions(["--connections", "many"])).toThrow(/--connections/);
  });

  it("reads lists of process counts and databases, in the order given", () => {
    expect(parseOptions(["--processes", "1,2", "--db", "sqlite,postgres"])).toMatchObject({ processes: [1, 2], databases: ["sqlite", "postgres"] });
    expect(parseOptions(["--processes", "4", "--db", "Postgres"])).toMatchObject({ processes: [4], databases: ["postgres"] });
    expect(parseOptions(["--processes", " 2, 1 "]).processes).toEqual([2, 1]);
  });

  it("refuses bad lists", () => {
    expect(() => parseOptions(["--processes", "0,1"])).toThrow(/--processes must be a positive whole number/);
    expect(() => parseOptions(["--processes", "1,,2"])).toThrow(/comma-separated/);
    expect(() => parseOptions(["--processes", "2,2"])).toThrow(/twice/);
    expect(() => parseOptions(["--db", "mysql"])).toThrow(/--db takes sqlite or postgres/);
    expect(() => parseOptions(["--db", "sqlite,SQLite"])).toThrow(/twice/);
  });

  it("refuses unknown options", () => {
    expect(() => parseOptions(["--user", "5"])).toThrow();
  });
});
