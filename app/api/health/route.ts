import { checkDatabaseHealth } from "@/db/health";

export const dynamic = "force-dynamic";

// Logged only when the answer changes: a load balancer polls every second.
let lastOk = true;

/**
 * For load balancers and orchestrators: 200 "ok" when this process can read and write its
 * database and its migrations are current, 503 "unavailable" otherwise. No data in the answer;
 * the reason goes to the server log.
 */
export async function GET(): Promise<Response> {
  const health = await checkDatabaseHealth();
  if (health.ok !== lastOk) {
    if (health.ok) console.log("health: the database is available again");
    else console.error(`health: the database is unavailable: ${health.reason}`);
    lastOk = health.ok;
  }
  return new Response(health.ok ? "ok" : "unavailable", {
    status: health.ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
