import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "ensure-env.mjs");
const POSTGRES = "postgres://rungs:secret@db.internal:5432/rungs";
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** Runs the script in a fresh folder (with `envLocal` as its .env.local) and only `env` set. */
function run(env: Record<string, string>, envLocal?: string) {
  const cwd = mkdtempSync(join(tmpdir(), "rungs-ensure-env-"));
  dirs.push(cwd);
  if (envLocal !== undefined) writeFileSync(join(cwd, ".env.local"), envLocal);
  const result = spawnSync(process.execPath, [SCRIPT], { cwd, env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });
  const file = join(cwd, ".env.local");
  return { ...result, file, envLocal: existsSync(file) ? readFileSync(file, "utf8") : null };
}

describe("ensure-env without DATABASE_URL (SQLite, one process)", () => {
  it("writes a secret, AUTH_TRUST_HOST and EMAIL=log to a private .env.local", () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.envLocal).toMatch(/^AUTH_SECRET=[\w-]{43}\nAUTH_TRUST_HOST=true\nEMAIL=log\n$/);
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
  });

  it("a DATABASE_URL that is not PostgreSQL's changes nothing", () => {
    expect(run({ DATABASE_URL: "" }).envLocal).toMatch(/^AUTH_SECRET=/);
    expect(run({ DATABASE_URL: "file:./x.db" }).envLocal).toMatch(/^AUTH_SECRET=/);
  });
});

describe("ensure-env with DATABASE_URL (a shared database)", () => {
  it("refuses without AUTH_SECRET, generates nothing and says every process needs the same one", () => {
    for (const url of [POSTGRES, "postgresql://localhost/rungs"]) {
      const result = run({ DATABASE_URL: url });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("AUTH_SECRET");
      expect(result.stderr).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");
      expect(result.stderr).toMatch(/same AUTH_SECRET/);
      expect(result.stderr).not.toContain("secret@");
      expect(result.envLocal).toBeNull();
    }
  });

  it("also when DATABASE_URL is in .env.local, which it leaves as it was", () => {
    const envLocal = `DATABASE_URL="${POSTGRES}"\nEMAIL=log`;
    const result = run({}, envLocal);
    expect(result.status).toBe(1);
    expect(result.envLocal).toBe(envLocal);
  });

  it("starts when AUTH_SECRET is set, in the environment or in .env.local, and never writes one", () => {
    const fromEnv = run({ DATABASE_URL: POSTGRES, AUTH_SECRET: "shared" });
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.envLocal).toBe("AUTH_TRUST_HOST=true\nEMAIL=log\n");
    const fromFile = run({ DATABASE_URL: POSTGRES }, "AUTH_SECRET=shared\n");
    expect(fromFile.status).toBe(0);
    expect(fromFile.envLocal).toBe("AUTH_SECRET=shared\nAUTH_TRUST_HOST=true\nEMAIL=log\n");
  });
});
