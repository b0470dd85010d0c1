// The PostgreSQL half of the tests: where the server binaries are, and a throw-away cluster
// (initdb once per test run, in a temp folder, on a free loopback port) that vitest's
// globalSetup starts and stops. Used by vitest.config.ts and `npm run bench -- --db postgres`;
// nothing of the app imports it.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Availability = { ok: true; bin: string | null } | { ok: false; reason: string };

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function postgresIds(): { uid: number; gid: number } | null {
  const result = spawnSync("id", ["postgres"], { encoding: "utf8" });
  if (result.status !== 0) return null;
  const uid = /uid=(\d+)/.exec(result.stdout)?.[1];
  const gid = /gid=(\d+)/.exec(result.stdout)?.[1];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
}

function findBin(): string | null {
  const dirs = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return dirs.find((d) => existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl"))) ?? null;
}

/** Whether the PostgreSQL half can run here, and if not, why (shown when it is skipped). */
export function postgresAvailability(): Availability {
  if (process.env.TEST_POSTGRES_URL) return { ok: true, bin: null };
  const bin = findBin();
  if (!bin) {
    return {
      ok: false,
      reason:
        "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or $PG_BIN. " +
        "Install them (Debian/Ubuntu: apt-get install postgresql) or set TEST_POSTGRES_URL to a server the tests may create databases on.",
    };
  }
  if (isRoot() && !postgresIds()) return { ok: false, reason: `running as root and there is no "postgres" user to run ${bin}/initdb as.` };
  return { ok: true, bin };
}

function run(command: string, args: string[]): void {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}):\n${result.stdout}${result.stderr}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + 199}`);
}

export type Cluster = { url: string; stop: () => void };

export type ClusterOptions = {
  /** The first loopback port tried (default $TEST_POSTGRES_PORT or 5433). */
  firstPort?: number;
  /**
   * Keep fsync and full-page writes, as a production server does, and give up only the wait for
   * the WAL flush at commit (synchronous_commit=off: a crash of the server may lose the last
   * commits, never corrupt), the same promise as SQLite's WAL with synchronous=NORMAL. For the
   * bench; the tests drop durability altogether.
   */
  durable?: boolean;
};

const TEST_SETTINGS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
const DURABLE_SETTINGS = "-c synchronous_commit=off";

export async function startCluster(bin: string, { firstPort, durable = false }: ClusterOptions = {}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "rungs-pg-"));
  chmodSync(dir, 0o755);
  const ids = isRoot() ? postgresIds() : null;
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const data = join(dir, "data");
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort(firstPort ?? (Number(process.env.TEST_POSTGRES_PORT) || 5433));
  // Durability is of no use to a throw-away test cluster: without fsync the tests run several times faster.
  const settings = durable ? DURABLE_SETTINGS : TEST_SETTINGS;
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${settings} -c max_connections=200`;
  try {
    run(join(bin, "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-o", options, "start"]);
  } catch (error) {
    const log = existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8") : "";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
