import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { serverNodeArgs } from "../scripts/server-node-args.mjs";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
// BENCH_PORT moves the servers' ports, e.g. when several people share a machine.
const FIRST_PORT = Number(process.env.BENCH_PORT) || 3200;
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 5_000;
const quietNext = { NEXT_TELEMETRY_DISABLED: "1" };
// What must be the same in every process serving one database (README, "Scaling out"): the key
// that signs session cookies, and the one that encrypts server actions' bound arguments.
export const SHARED_SECRETS = {
  AUTH_SECRET: "rungs-bench-secret-not-for-production",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, "rungs-bench").toString("base64"),
};

function buildApp(root) {
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...quietNext },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Builds the app at `root` when asked to (`--build`, the default) or when it has no build yet. */
export function ensureBuild(root, rebuild) {
  if (rebuild || !existsSync(join(root, ".next", "BUILD_ID"))) buildApp(root);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

export async function findFreePort(from = FIRST_PORT) {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`server not ready after ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts `next start` on 127.0.0.1 against the given database (the SQLite file at `databasePath`,
 * or PostgreSQL at `databaseUrl`), with the heap cap `npm start` uses; its output goes to a log
 * file beside the database so the bench's own output stays readable. Start several one after
 * the other: each takes the first free port.
 */
export async function startServer({ root, databasePath, databaseUrl = "", logDir, logName = "server.log", nodeArgs = serverNodeArgs(root) }) {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const logPath = join(logDir, logName);
  const log = createWriteStream(logPath);
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const extraArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...extraArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...quietNext,
      NODE_ENV: "production",
      DATABASE_PATH: databasePath,
      DATABASE_URL: databaseUrl,
      ...SHARED_SECRETS,
      AUTH_TRUST_HOST: "true",
      APP_URL: url,
      // The bench sends no mail; without SMTP_URL a production server refuses to start otherwise.
      EMAIL: process.env.EMAIL || "off",
    },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; see ${logPath}`);
  }
  /** Throws when the server is gone, so a crash (or a kill from outside) is not reported as load errors. */
  const assertRunning = () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (code ${child.exitCode}, signal ${child.signalCode}); see ${logPath}`);
    }
  };
  return { url, port, pid: child.pid, stop, assertRunning, logPath };
}
