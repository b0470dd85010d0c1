import { checkDatabaseHealth, type Health } from "@/db/health";
import { isDraining } from "@/server/shutdown";

export const dynamic = "force-dynamic";

// Logged only when the answer changes: a load balancer polls every second.
let lastOk = true;

/**
 * For load balancers and orchestrators: 200 "ok" when this process can read and write its
 * database and its migrations are current, 503 "unavailable" otherwise, and from SIGTERM on
 * (the process is finishing what is in flight: send nothing new). No data in the answer; the
 * reason goes to the server log.
 */
export async function GET(): Promise<Response> {
  const draining = isDraining();
  const health: Health = draining ? { ok: false, reason: "shutting down" } : await checkDatabaseHealth();
  if (health.ok !== lastOk) {
    if (health.ok) console.log("health: the database is available again");
    else console.error(draining ? "health: unavailable: shutting down" : `health: the database is unavailable: ${health.reason}`);
    lastOk = health.ok;
  }
  return new Response(health.ok ? "ok" : "unavailable", {
    status: health.ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
