// A separate process on the test's database file, for db/queries/throttle.test.ts: says "ready",
// waits for a line on stdin, fires COUNT reservations on KEY through its own connection (or pool, on PostgreSQL), prints
// how many it got.
import { closeDb } from "../client";
import { reserveAttempt } from "./throttle";

async function main(): Promise<void> {
  const policy = JSON.parse(process.env.POLICY!);
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  const results = await Promise.all(Array.from({ length: Number(process.env.COUNT) }, () => reserveAttempt(process.env.KEY!, policy)));
  await closeDb();
  process.stdout.write(`${JSON.stringify({ allowed: results.filter((r) => r.allowed).length })}\n`);
  process.exit(0);
}

void main();
