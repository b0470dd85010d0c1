import type { getDb } from "./client";

/** The transaction handle drizzle passes to a better-sqlite3 transaction callback. */
export type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
