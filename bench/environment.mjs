import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./app-server.mjs";
import { createRandom } from "./random.mjs";
import { startRssMonitor } from "./server-process.mjs";
import { SEED_PASSWORD, seedDatabase } from "./seed-database.mjs";
import { logInMany } from "./sessions.mjs";

const SIGNED_IN_USERS = 8;
const PROFILE_HANDLES = 50;

/**
 * A seeded throw-away database and a running server on it, with sessions for a few users and a
 * set of public handles. `close()` stops the server and deletes everything.
 */
export async function startEnvironment(root, { users, seed }) {
  const dir = mkdtempSync(join(tmpdir(), "rungs-bench-"));
  const databasePath = join(dir, "rungs.db");
  let server;
  const close = async () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => close().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    console.log(`Seeding ${users.toLocaleString("en")} users…`);
    const seedStart = performance.now();
    const seeded = await seedDatabase({ root, path: databasePath, count: users, seed });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(
      `  ${seeded.stats.levels.toLocaleString("en")} levels, ${seeded.stats.changes.toLocaleString("en")} changes, ` +
        `${seeded.publicHandles.length.toLocaleString("en")} public profiles in ${seedSeconds.toFixed(1)} s`,
    );
    server = await startServer({ root, databasePath, logDir: dir });
    const memory = startRssMonitor(server.pid);
    console.log(`Server ready at ${server.url} (pid ${server.pid})`);
    const random = createRandom(seed + 1);
    const cookies = await logInMany(server.url, random.sample(seeded.emails, SIGNED_IN_USERS), SEED_PASSWORD);
    return {
      server,
      random,
      cookies,
      handles: random.sample(seeded.publicHandles, PROFILE_HANDLES),
      seed: { ...seeded.stats, publicProfiles: seeded.publicHandles.length, seconds: seedSeconds },
      memory,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
