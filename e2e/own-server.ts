import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { serverNodeArgs } from "../scripts/server-node-args.mjs";
import { fixtureAppEnv } from "./fixtures/ports";

// A second `next start` of the built app on its own port and database, for tests that must
// kill it or lock its database without disturbing the shared test server.

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type Server = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

export type ServerOptions = {
  /**
   * Run `node …/next start` itself rather than through npx, as npm start does: the child is the
   * server, so a signal sent to it and its exit code are the server's own (the shutdown spec).
   */
  direct?: boolean;
};

/**
 * Two servers given the same databasePath share one SQLite file; to share a PostgreSQL database,
 * pass its DATABASE_URL in extraEnv to each (e2e/multi-process.spec.ts).
 */
export function startServer(port: number, databasePath: string, extraEnv: Record<string, string> = {}, options: ServerOptions = {}): Server {
  const base = `http://127.0.0.1:${port}`;
  const args = ["start", "-H", "127.0.0.1", "-p", String(port)];
  const [command, commandArgs] = options.direct
    ? [process.execPath, [...serverNodeArgs(process.cwd()), "node_modules/next/dist/bin/next", ...args]]
    : ["npx", ["next", ...args]];
  // The same environment as playwright.config.ts's webServer, with this test's own database.
  const child = spawn(command, commandArgs, {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      AUTH_SECRET: process.env.E2E_AUTH_SECRET || "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: base,
      APP_URL: base,
      THROTTLE_SIGNUP_PER_ADDRESS: "100000",
      THROTTLE_LOGIN_PER_ADDRESS: "100000",
      // The suite's SMTP sink and identity providers (playwright.config.ts starts them).
      ...fixtureAppEnv(),
      ...extraEnv,
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

export async function waitUntilUp(base: string, server: Server, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output.join("")}`);
    try {
      const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not up after ${timeoutMs} ms:\n${server.output.join("")}`);
}

export function killGroup(server: Server, signal: NodeJS.Signals): void {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {
    // already gone
  }
}

export async function stop(server: Server, signal: NodeJS.Signals, timeoutMs = 15_000): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  killGroup(server, signal);
  const timedOut = await Promise.race([server.exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), timeoutMs))]);
  if (timedOut) {
    killGroup(server, "SIGKILL");
    await server.exited;
  }
}

