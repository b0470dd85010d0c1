import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./app-server.mjs";
import { cleanUpOnSignal } from "./cleanup.mjs";
import { createRandom } from "./random.mjs";
import { SEED_PASSWORD, seedDatabase } from "./seed-database.mjs";
import { seedPostgres } from "./seed-postgres.mjs";
import { logInMany } from "./sessions.mjs";

const SIGNED_IN_USERS = 8;
const PROFILE_HANDLES = 50;

/** Seeds a fresh database of the chosen kind; returns what the servers need to reach it. */
async function seed(root, dir, { database, users, seed: randomSeed, postgres }) {
  if (database === "postgres") {
    if (!postgres) throw new Error("a PostgreSQL environment needs a cluster (startBenchCluster)");
    const url = await postgres.createDatabase(`rungs_bench_${users}`);
    const seeded = await seedPostgres({ root, url, count: users, seed: randomSeed });
    return { seeded, target: { databaseUrl: url, databasePath: join(dir, "unused.db") } };
  }
  const databasePath = join(dir, "rungs.db");
  const seeded = await seedDatabase({ root, path: databasePath, count: users, seed: randomSeed });
  return { seeded, target: { databasePath } };
}

/**
 * A seeded throw-away database (SQLite by default, or a new database on the `postgres` cluster)
 * and `processes` servers on it, with sessions for a few users and a set of public handles.
 * Sessions are signed with the shared AUTH_SECRET, so every cookie works on every server.
 * `close()` stops the servers and deletes everything.
 */
export async function startEnvironment(root, { users, seed: randomSeed, database = "sqlite", processes = 1, postgres }) {
  const dir = mkdtempSync(join(tmpdir(), "rungs-bench-"));
  const servers = [];
  const close = async () => {
    forget();
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const forget = cleanUpOnSignal(close);

  try {
    console.log(`Seeding ${users.toLocaleString("en")} users (${database})…`);
    const seedStart = performance.now();
    const { seeded, target } = await seed(root, dir, { database, users, seed: randomSeed, postgres });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(
      `  ${seeded.stats.levels.toLocaleString("en")} levels, ${seeded.stats.changes.toLocaleString("en")} changes, ` +
        `${seeded.publicHandles.length.toLocaleString("en")} public profiles in ${seedSeconds.toFixed(1)} s`,
    );
    // One after the other: each server takes the first free port, and starting is CPU-heavy.
    for (let i = 0; i < processes; i++) {
      const server = await startServer({ root, ...target, logDir: dir, logName: `server-${i + 1}.log` });
      servers.push(server);
      console.log(`Server ${i + 1} of ${processes} (${database}) ready at ${server.url} (pid ${server.pid})`);
    }
    const random = createRandom(randomSeed + 1);
    const cookies = await logInMany(servers[0].url, random.sample(seeded.emails, SIGNED_IN_USERS), SEED_PASSWORD);
    return {
      database,
      // The PostgreSQL server's postmaster, whose process tree does the queries' work.
      databasePid: database === "postgres" ? postgres.pid : undefined,
      servers,
      server: servers[0],
      random,
      cookies,
      handles: random.sample(seeded.publicHandles, PROFILE_HANDLES),
      seed: { ...seeded.stats, publicProfiles: seeded.publicHandles.length, seconds: seedSeconds },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
