import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).trim().split("\n");
const source = tracked.filter((f) => /\.(ts|tsx|mts|js|mjs|css)$/.test(f) && !/\.test\.|\.spec\.|^e2e\/|^drizzle\//.test(f));
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const layout = readme.slice(readme.indexOf("## Layout of the code"), readme.indexOf("\nData: `users`"));

describe("README's Layout of the code matches the tree", () => {
  it("names every folder of app/, components/, client/, server/ and lib/", () => {
    const folders = new Set(
      source.filter((f) => /^(app|components|client|server|lib)\//.test(f)).map((f) => `${dirname(f).split("/").pop()}/`),
    );
    const missing = [...folders].filter((folder) => !layout.includes(folder));
    expect(missing).toEqual([]);
  });

  it("names every file of components/, client/ and server/", () => {
    const files = source.filter((f) => /^(components|client|server)\//.test(f)).map((f) => basename(f).replace(/\.(d\.mts|tsx?|mjs)$/, ""));
    expect([...new Set(files)].filter((name) => !layout.includes(name))).toEqual([]);
  });

  it("names only folders that exist", () => {
    for (const [, folder] of layout.matchAll(/^ {0,4}([a-z[(][\w.()[\]-]*\/)/gm)) {
      expect(tracked.some((f) => f.includes(`${folder}`)), folder).toBe(true);
    }
  });
});

describe("small files", () => {
  it("no source file outside tests is over 200 lines", () => {
    const long = source.filter((f) => readFileSync(join(ROOT, f), "utf8").split("\n").length > 201);
    expect(long).toEqual([]);
  });
});
