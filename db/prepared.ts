import { db, type QueryDb } from "./client";

/** What a prepared statement gives back: run it with this call's placeholder values. */
export type Prepared = { execute(values: Record<string, unknown>): PromiseLike<unknown> };

// Per connection (the SQLite database, the PostgreSQL pool's database, or one pooled PostgreSQL
// connection's): closeDb() and a reopen make a new one, and a connection the pool drops takes its
// statements with it, so a statement prepared on a closed connection is never run again.
const cache = new WeakMap<QueryDb, Map<string, Prepared>>();

// PostgreSQL keeps the first 63 bytes of a name: two longer names could clash on the server
// while node-postgres, which compares whole names, takes them for two statements.
const MAX_NAME_BYTES = 63;

function preparedOn<S extends Prepared>(q: QueryDb, name: string, build: (q: QueryDb) => { prepare(name: string): S }): S {
  let statements = cache.get(q);
  if (!statements) {
    statements = new Map();
    cache.set(q, statements);
  }
  let statement = statements.get(name) as S | undefined;
  if (!statement) {
    const full = `rungs_${name}`;
    if (Buffer.byteLength(full) > MAX_NAME_BYTES) throw new Error(`Prepared statement name too long (over ${MAX_NAME_BYTES} bytes): ${full}`);
    statement = build(q).prepare(full);
    statements.set(name, statement);
  }
  return statement;
}

/**
 * A hot read built once per connection instead of once per call: drizzle builds its SQL once, and
 * the driver keeps it ready. SQLite: one better-sqlite3 statement (no re-compiling the SQL).
 * PostgreSQL: a named statement, parsed and planned once per pooled connection (node-postgres
 * tracks which connection has it; a new connection prepares it again). Everything that varies per
 * call must be a placeholder (`sql.placeholder`, wrapped in `sql.param(…, column)` for a value the
 * column encodes, such as a Date), never a value captured when the statement is built. Outside
 * transactions only: on PostgreSQL it runs on any pooled connection, not the transaction's.
 * `name` is unique per statement (PostgreSQL refuses one name for two texts).
 */
export function prepared<S extends Prepared>(name: string, build: (q: QueryDb) => { prepare(name: string): S }): S {
  return preparedOn(db(), name, build);
}

/**
 * The same inside a transaction `tx`, run on the transaction's connection. SQLite: the transaction
 * runs on the one connection, so the statement prepared once (above) serves it. PostgreSQL: `tx` is
 * the query builders of the pooled connection the transaction holds, one object per connection
 * (db/with-postgres.ts `connectionDb`), so the statement is built once per pooled connection and
 * parsed and planned there once (the same name and text as a `prepared` statement share that).
 */
export function preparedIn<S extends Prepared>(tx: QueryDb, name: string, build: (q: QueryDb) => { prepare(name: string): S }): S {
  return preparedOn(tx, name, build);
}
