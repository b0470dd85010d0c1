import type Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Pool, QueryConfig } from "pg";
import { getDb, getPostgres } from "./client";
import { DIALECT } from "./dialect";
import { migrationsFolder } from "./migrate";
import { sqliteExclusive } from "./tx";

export type Health = { ok: true } | { ok: false; reason: string };

/** A load balancer polls every second or so: a check answers within this, whatever the database does. */
export const HEALTH_TIMEOUT_MS = 1000;
// SQLite: how long to wait between two tries for the write lock another process holds.
const RETRY_MS = 25;

const BUSY = Symbol("busy");

// The last migration of the journal shipped with this build, read once per folder.
const journals = new Map<string, number>();

function lastJournalEntry(folder: string): number {
  const cached = journals.get(folder);
  if (cached !== undefined) return cached;
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  const when = journal.entries.at(-1)?.when;
  if (typeof when !== "number") throw new Error(`${folder}: the migration journal has no entries`);
  journals.set(folder, when);
  return when;
}

/**
 * Drizzle's own rule: a migration is pending when the latest applied one (by created_at) is older
 * than it. So the database is current when the latest applied is at least the journal's last entry.
 */
function migrationsCurrent(latestApplied: unknown, expected: number): Health {
  if (latestApplied === undefined || latestApplied === null) return { ok: false, reason: "no migration has been applied" };
  return Number(latestApplied) >= expected ? { ok: true } : { ok: false, reason: "migrations are pending" };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * One try on the shared connection, all synchronous (no other request's statement can land in
 * between): the write lock without waiting for it (busy_timeout 0, put back after), a read, an
 * insert, then a rollback that leaves no trace. The rule that a waiting write blocks the whole
 * process for up to the busy timeout is why this never waits inside SQLite.
 */
function probeSqlite(sqlite: Database.Database, expected: number): Health | typeof BUSY {
  const busyTimeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const latest = sqlite.prepare("select created_at from __drizzle_migrations order by created_at desc limit 1").get() as
        | { created_at: unknown }
        | undefined;
      sqlite.prepare("insert into auth_throttle (key, failures, window_start) values (?, 0, 0)").run(`health:${randomUUID()}`);
      return migrationsCurrent(latest?.created_at, expected);
    } finally {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    }
  } catch (error) {
    if (isBusy(error)) return BUSY;
    throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

async function checkSqlite(deadline: number): Promise<Health> {
  const expected = lastJournalEntry(migrationsFolder());
  for (;;) {
    // In the queue, so it never runs inside one of this process's own open transactions.
    const outcome = await sqliteExclusive(async () =>
      Date.now() >= deadline ? ({ ok: false, reason: "timed out" } as const) : probeSqlite(getDb().$client, expected),
    );
    if (outcome !== BUSY) return outcome;
    if (Date.now() + RETRY_MS >= deadline) return { ok: false, reason: "the database is locked" };
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/**
 * On one pooled connection: a read and an insert in a transaction that is rolled back. Every
 * statement is bounded on the server (statement_timeout, lock_timeout) and on the client
 * (query_timeout, for a server that stopped answering); a connection that failed is dropped.
 */
async function checkPostgres(pool: Pool, deadline: number): Promise<Health> {
  const expected = lastJournalEntry(migrationsFolder());
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    const left = () => Math.max(1, deadline - Date.now());
    if (Date.now() >= deadline) return { ok: false, reason: "timed out" };
    // query_timeout is node-postgres' per-query read timeout (not in its typings).
    const query = (text: string, values: unknown[] = []) =>
      client.query<{ created_at?: unknown }>({ text, values, query_timeout: left() } as QueryConfig & { query_timeout: number });
    await query("begin");
    await query(`set local statement_timeout = ${left()}`);
    await query(`set local lock_timeout = ${left()}`);
    const latest = await query("select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1");
    await query("insert into auth_throttle (key, failures, window_start) values ($1, 0, now())", [`health:${randomUUID()}`]);
    await query("rollback");
    return migrationsCurrent(latest.rows[0]?.created_at, expected);
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    return { ok: false, reason: reasonOf(error) };
  } finally {
    client.release(failed);
  }
}

/**
 * Whether this process can read and write its database and its migrations are current, answered
 * within `timeoutMs` (a locked or unreachable database gives "not ok" then, never a hang). Writes
 * nothing that stays: the probe's insert is rolled back.
 */
export async function checkDatabaseHealth(timeoutMs: number = HEALTH_TIMEOUT_MS): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Health>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const check = (async (): Promise<Health> => {
    try {
      return DIALECT === "postgres" ? await checkPostgres(getPostgres().$client, deadline) : await checkSqlite(deadline);
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  })();
  try {
    return await Promise.race([check, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
