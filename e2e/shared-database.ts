import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import type { DatabaseAt } from "./db";

/**
 * A new, empty database for servers started with e2e/own-server.ts, which several of them may
 * share: a SQLite file in a temporary folder, or, when the suite runs on PostgreSQL
 * (E2E_DATABASE_URL or DATABASE_URL is postgres://…), a new database on that server. Pass `path`
 * and `env` to startServer; `drop` removes it once every server is stopped.
 */
export type SharedDatabase = { dialect: "sqlite" | "postgres"; path: string; env: Record<string, string>; drop: () => Promise<void> };

/** Where e2e/db.ts reads it. */
export function databaseAt(database: SharedDatabase): DatabaseAt {
  return database.dialect === "postgres" ? { dialect: "postgres", url: database.env.DATABASE_URL! } : { dialect: "sqlite", path: database.path };
}

function postgresServer(): string | null {
  const url = process.env.E2E_DATABASE_URL || process.env.DATABASE_URL || "";
  return /^postgres(ql)?:\/\//i.test(url) ? url : null;
}

export async function sharedDatabase(tag: string): Promise<SharedDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `rungs-${tag}-`));
  const path = join(dir, `${tag}.db`);
  const removeDir = async () => rmSync(dir, { recursive: true, force: true });
  const server = postgresServer();
  if (!server) return { dialect: "sqlite", path, env: { DATABASE_URL: "" }, drop: removeDir };
  const name = `rungs_e2e_${tag.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    dialect: "postgres",
    path,
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin(`drop database if exists ${name} with (force)`);
      await removeDir();
    },
  };
}
