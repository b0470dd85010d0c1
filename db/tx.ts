import { eq, sql, type Placeholder, type SQL, type SQLWrapper } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { db, getDb, getPostgres, type QueryDb } from "./client";
import { DIALECT } from "./dialect";
import { preparedIn, type Prepared } from "./prepared";
import { users } from "./tables";
import { postgresTransaction } from "./with-postgres";

/** The handle a transaction body queries and writes through (and its reads must go through). */
export type Tx = QueryDb;

// SQLite: better-sqlite3 has one connection per process, shared by every concurrent request, and
// drizzle's better-sqlite3 transactions are synchronous (an async body throws). So a transaction
// here is BEGIN IMMEDIATE … COMMIT on that connection, and an in-process queue (a mutex) makes
// every other transaction and every write of this process wait until it ends: without it, a second
// request's statement, run while this body awaits, would land inside this transaction and be
// rolled back with it. IMMEDIATE takes the file's write lock first, so other processes on the file
// wait too (busy_timeout). The rule that keeps this fast: a transaction body awaits only database
// calls (never the network, a hash or a timer), since better-sqlite3 answers them synchronously
// the queue is held for microseconds; and it never calls withTransaction or write (they would wait
// for it). Reads outside a transaction do not queue: they cannot corrupt
// anything, and in WAL mode other processes never see uncommitted data.
const queues = ((globalThis as unknown as { rungsSqliteQueues?: WeakMap<Database.Database, Promise<unknown>> }).rungsSqliteQueues ??=
  new WeakMap());

/** Runs `body` between this process's SQLite transactions and writes (the health check's probe uses it). */
export function sqliteExclusive<T>(body: () => Promise<T>): Promise<T> {
  const connection = getDb().$client;
  const run = (queues.get(connection) ?? Promise.resolve()).then(body, body);
  queues.set(
    connection,
    run.catch(() => undefined),
  );
  return run;
}

// BEGIN IMMEDIATE and COMMIT compiled once per connection (as better-sqlite3's own transaction()
// does), not by exec on every transaction: a level change is one.
const boundaries = new WeakMap<Database.Database, { begin: Database.Statement; commit: Database.Statement }>();

function transactionBoundaries(sqlite: Database.Database) {
  let statements = boundaries.get(sqlite);
  if (!statements) {
    statements = { begin: sqlite.prepare("BEGIN IMMEDIATE"), commit: sqlite.prepare("COMMIT") };
    boundaries.set(sqlite, statements);
  }
  return statements;
}

async function sqliteTransaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
  return sqliteExclusive(async () => {
    const sqlite = getDb().$client;
    const { begin, commit } = transactionBoundaries(sqlite);
    begin.run();
    try {
      const result = await body(db());
      commit.run();
      return result;
    } catch (error) {
      // SQLite may already have rolled back on its own (SQLITE_FULL, some I/O errors).
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  });
}

/**
 * Runs `body` in one transaction: all of it or nothing. PostgreSQL: one pooled connection
 * (db/with-postgres.ts `postgresTransaction`), READ COMMITTED; where two requests race on the same rows, the body takes a row lock first (lockUser)
 * or writes with an atomic upsert.
 */
export async function withTransaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
  if (DIALECT === "postgres") return postgresTransaction(getPostgres().$client, body);
  return sqliteTransaction(body);
}

/** One write outside a transaction: on SQLite it waits for any open transaction of this process. */
export async function write<T>(statement: (q: QueryDb) => Promise<T>): Promise<T> {
  if (DIALECT === "postgres") return statement(db());
  return sqliteExclusive(() => statement(db()));
}

/**
 * Inside a transaction: serializes every transaction that changes this user's levels or profile,
 * so reads made after it see every earlier change (a plan is never computed from stale levels, no
 * change is logged twice). PostgreSQL: a FOR NO KEY UPDATE row lock on the user, which does not
 * block foreign-key checks (new sessions, notes). SQLite: BEGIN IMMEDIATE already holds the only
 * write lock. Returns false when there is no such user.
 */
export async function lockUser(tx: Tx, userId: string): Promise<boolean> {
  // On every level change: prepared (db/prepared.ts), so SQLite does not compile it per call.
  const statement = preparedIn(tx, "lock_user", (q) => {
    const query = q.select({ id: users.id }).from(users).where(eq(users.id, sql.placeholder("userId")));
    return DIALECT === "postgres" ? query.for("no key update") : query;
  });
  const rows = await statement.execute({ userId });
  return rows.length > 0;
}

/** A write built but not yet run (a drizzle insert, update or delete, not awaited). */
export type PendingWrite = SQLWrapper & PromiseLike<unknown> & { prepare(name: string): Prepared };

/** Each value, or in its place the placeholder of the same name (a statement prepared once). */
export type Bound<V> = { [K in keyof V]: V[K] | Placeholder };

/**
 * A write for writeTogether or writeOne: `build` makes it from `values`. With a `name` (unique per
 * statement text) it is built once per connection with placeholders in place of the values and
 * run as that prepared statement with them: no building per call, and no compiling (SQLite) or
 * parsing and planning (PostgreSQL, a named statement per pooled connection) either. A value that
 * can be null must not be a placeholder (drizzle encodes placeholder values without a null
 * check): leave such a write unnamed.
 */
export type Write<V extends Record<string, unknown> = Record<string, unknown>> = {
  name?: string;
  values: V;
  build: (q: QueryDb, values: Bound<V>) => PendingWrite;
};

function placeholders<V extends Record<string, unknown>>(values: V, prefix = ""): Bound<V> {
  return Object.fromEntries(Object.keys(values).map((key) => [key, sql.placeholder(prefix + key)])) as Bound<V>;
}

async function runWrite(q: QueryDb, w: Write): Promise<void> {
  if (w.name) {
    // q is the connection the write runs on: the transaction's, or outside one db() itself.
    await preparedIn(q, w.name, (conn) => w.build(conn, placeholders(w.values))).execute(w.values);
    return;
  }
  await w.build(q, w.values);
}

/** One write outside a transaction (writeOne's form of `write`): prepared when named. */
export async function writeOne(w: Write): Promise<void> {
  await write((q) => runWrite(q, w));
}

const pgDialect = new PgDialect();

// PostgreSQL: the first writes as data-modifying CTEs of the last one.
function together(built: readonly PendingWrite[]): SQL {
  const ctes = built.slice(0, -1).map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w.getSQL()})`);
  return sql`with ${sql.join(ctes, sql`, `)} ${built.at(-1)!.getSQL()}`;
}

/** One prepared statement of writes that are all named, on the transaction's connection. */
function preparedTogether(tx: Tx, writes: readonly Write[]): Prepared {
  const joined = writes.map((w) => w.name).join("__");
  // Joined names can pass PostgreSQL's 63 bytes (a level change with its expiry marks is four writes).
  const name = joined.length <= 40 ? joined : `together_${createHash("sha256").update(joined).digest("hex").slice(0, 24)}`;
  return preparedIn(tx, name, (conn) => ({
    // Each write's placeholders prefixed with its position: two writes may use one key for two values.
    prepare: (full: string) => {
      const query = pgDialect.sqlToQuery(together(writes.map((w, i) => w.build(conn, placeholders(w.values, `w${i}_`)))));
      return (conn as unknown as NodePgDatabase)._.session.prepareQuery(query, undefined, full, false);
    },
  }));
}

/**
 * Inside a transaction: runs writes that do not depend on each other's effects (none reads what
 * another writes). PostgreSQL: in one statement, the first ones as data-modifying CTEs (`with w0 as
 * (…), w1 as (…) <last>`), so one round trip for all; each runs exactly once, on one snapshot; when
 * every write is named, that statement is prepared once per connection under the names joined.
 * SQLite: one after another (in process, a statement costs no round trip; SQLite has no writes in
 * CTEs), each named one as a prepared statement.
 */
export async function writeTogether(tx: Tx, writes: readonly Write[]): Promise<void> {
  if (DIALECT === "postgres" && writes.length > 1) {
    if (writes.every((w) => w.name)) {
      const values: Record<string, unknown> = {};
      writes.forEach((w, i) => {
        for (const [key, value] of Object.entries(w.values)) values[`w${i}_${key}`] = value;
      });
      await preparedTogether(tx, writes).execute(values);
      return;
    }
    await (tx as unknown as NodePgDatabase).execute(together(writes.map((w) => w.build(tx, w.values))));
    return;
  }
  for (const w of writes) await runWrite(tx, w);
}
