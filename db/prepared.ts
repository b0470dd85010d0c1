import { db, type QueryDb } from "./client";

/** What a prepared statement gives back: run it with this call's placeholder values. */
export type Prepared = { execute(values: Record<string, unknown>): PromiseLike<unknown> };

// Per connection (the SQLite database or the PostgreSQL pool's database): closeDb() and a reopen
// make a new one, so a statement prepared on a closed connection is never run again.
const cache = new WeakMap<QueryDb, Map<string, Prepared>>();

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
  const q = db();
  let statements = cache.get(q);
  if (!statements) {
    statements = new Map();
    cache.set(q, statements);
  }
  let statement = statements.get(name) as S | undefined;
  if (!statement) {
    statement = build(q).prepare(`rungs_${name}`);
    statements.set(name, statement);
  }
  return statement;
}

/**
 * The same inside a transaction `tx`. SQLite: the transaction runs on the one connection, so the
 * statement prepared once (above) serves it. PostgreSQL: built on the transaction's own pooled
 * connection each call, but named, so the server parses and plans it once per connection (the
 * same name and text as a `prepared` statement share that).
 */
export function preparedIn<S extends Prepared>(tx: QueryDb, name: string, build: (q: QueryDb) => { prepare(name: string): S }): S {
  return tx === db() ? prepared(name, build) : build(tx).prepare(`rungs_${name}`);
}
