import { parseArgs } from "node:util";

const USAGE = `Usage: npm run bench -- [options]
  --users N        seeded users (default 10000)
  --duration S     seconds measured per row (default 10)
  --warmup S       seconds of untracked load before each row (default 2)
  --connections N  connections per row (default 50)
  --rounds N       measure every row N times, interleaved, and report the medians (default 1)
  --processes LIST app processes serving one database, e.g. 1,2: each count is measured side by side
                   (default 1)
  --db LIST        sqlite, postgres or both (sqlite,postgres), measured side by side (default sqlite);
                   postgres starts a throw-away cluster (initdb/pg_ctl, first port $BENCH_POSTGRES_PORT
                   or 5433)
  --scale          run at 1,000 and at 100,000 users and compare
  --no-build       reuse the existing .next builds (a missing one is still built)
  --no-floor       skip the bare Next.js app (bench/floor-app) measured beside each row
  --seed N         random seed for the generated data (default 1)
  --rows LIST      measure only these rows, e.g. static,notFound (default: all); views missing a
                   row are printed without a rate
  --no-views       skip loading each page in Chromium to find what its view is made of`;

export const DATABASES = ["sqlite", "postgres"];

function positiveInt(name, raw) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** A comma-separated list without repeats, each entry checked by `parse`, in the order given. */
function list(name, raw, parse) {
  const entries = raw.split(",").map((entry) => entry.trim());
  if (entries.some((entry) => entry === "")) throw new Error(`--${name} is a comma-separated list, got "${raw}"`);
  const values = entries.map(parse);
  if (new Set(values).size !== values.length) throw new Error(`--${name} names a value twice: "${raw}"`);
  return values;
}

function database(raw) {
  const value = raw.toLowerCase();
  if (!DATABASES.includes(value)) throw new Error(`--db takes ${DATABASES.join(" or ")}, got "${raw}"`);
  return value;
}

/** The command-line options shared by `npm run bench` and `npm run lighthouse`. */
export function parseOptions(argv = process.argv.slice(2), defaults = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      rounds: { type: "string" },
      processes: { type: "string" },
      db: { type: "string" },
      scale: { type: "boolean", default: false },
      build: { type: "boolean", default: true },
      floor: { type: "boolean", default: true },
      seed: { type: "string" },
      rows: { type: "string" },
      views: { type: "boolean", default: true },
      help: { type: "boolean", default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    users: positiveInt("users", values.users ?? defaults.users ?? 10_000),
    duration: positiveInt("duration", values.duration ?? 10),
    warmup: positiveInt("warmup", values.warmup ?? 2),
    connections: positiveInt("connections", values.connections ?? 50),
    rounds: positiveInt("rounds", values.rounds ?? 1),
    processes: list("processes", values.processes ?? "1", (raw) => positiveInt("processes", raw)),
    databases: list("db", values.db ?? "sqlite", database),
    scale: values.scale,
    build: values.build,
    floor: values.floor,
    seed: positiveInt("seed", values.seed ?? 1),
    rows: values.rows === undefined ? null : list("rows", values.rows, (raw) => raw),
    views: values.views,
  };
}
