// Runs the Playwright suite against `next build && next start` on a throw-away database.
// Finds Chromium at /usr/bin/chromium, installing Debian's package when it can; otherwise
// falls back to Playwright's own browser.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("run-e2e: installing Debian's chromium…");
    try {
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    } catch {
      console.warn("run-e2e: could not install chromium with apt-get");
    }
  }
  if (!existsSync(CHROMIUM)) console.log("run-e2e: no system Chromium; using Playwright's own browser");
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();
if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);

const dir = mkdtempSync(join(tmpdir(), "rungs-e2e-"));
const env = { ...process.env, E2E_DATABASE_PATH: join(dir, "e2e.db") };
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
