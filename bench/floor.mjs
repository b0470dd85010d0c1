import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actionIdFromManifest, actionRequest, actionSucceeded } from "./action-id.mjs";
import { startServer } from "./app-server.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { ACTION_LATENCY_CONNECTIONS } from "./scenarios.mjs";
import { startRssMonitor } from "./server-process.mjs";
import { serverNodeArgs } from "../scripts/server-node-args.mjs";

export const FLOOR_LABEL = "bare Next.js app";

export function floorRoot(root) {
  return join(root, "bench", "floor-app");
}

/**
 * The framework's own cost on this machine: a bare app on the same next/react, with a proxy of the
 * same shape and the same heap cap. Each row is measured right after the Rungs row named in
 * `after`, so both see the same spell of machine noise.
 */
function floorScenarios(actionId) {
  const ping = (origin) => actionRequest(origin, actionId, null, "git", 1, "/action");
  return [
    { key: "floorStatic", after: "static", label: "static page", next: () => ({ method: "GET", path: "/" }) },
    { key: "floorDynamic", after: "skills", label: "page rendered per request, no data", next: () => ({ method: "GET", path: "/dynamic" }) },
    { key: "floorAction", after: "levelChange", label: "server action, no work", next: ping, isSuccess: actionSucceeded },
    {
      key: "floorAction10",
      after: "levelChange10",
      label: `server action, no work @${ACTION_LATENCY_CONNECTIONS} conn.`,
      next: ping,
      isSuccess: actionSucceeded,
      connections: ACTION_LATENCY_CONNECTIONS,
    },
  ];
}

/** Starts the bare app; shaped like prepareMeasurement's result so measureRow can drive it. */
export async function prepareFloor(root) {
  const appRoot = floorRoot(root);
  const actionId = actionIdFromManifest(appRoot, "app/action/actions.ts", "pingAction");
  if (!actionId) throw new Error("floor app: no action id in its build manifest (build it first)");
  const dir = mkdtempSync(join(tmpdir(), "rungs-floor-"));
  const server = await startServer({ root: appRoot, databasePath: join(dir, "unused.db"), logDir: dir, nodeArgs: serverNodeArgs(root) });
  const memory = startRssMonitor(server.pid);
  return {
    users: FLOOR_LABEL,
    servers: [server],
    memory,
    env: {
      server,
      close: async () => {
        memory.stop();
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    },
    scenarios: floorScenarios(actionId),
    rows: [],
  };
}

/** The JavaScript any page of a bare app loads: what every Rungs route's first-load figure starts from. */
export async function measureFloorFirstLoadJs(root, floor) {
  return measureFirstLoadJs(floorRoot(root), floor.env.server.url, [
    { route: "static page", path: "/" },
    { route: "page with a server action", path: "/action" },
  ]);
}
