import type { InferInsertModel, InferSelectModel } from "drizzle-orm";
import { DIALECT } from "./dialect";
import * as sqlite from "./schema";
import * as postgres from "./schema-postgres";

// Queries are written once, against one table type: PostgreSQL's (see QueryDb in ./client). On
// SQLite the same names hold the SQLite tables, which drizzle builds into the same queries with
// the same row shapes; the checks below make the compiler prove the shapes really are the same,
// so a column added to one schema and not the other (or with another type) fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Rows<T extends keyof typeof postgres & keyof typeof sqlite> = Same<
  InferSelectModel<(typeof postgres)[T]>,
  InferSelectModel<(typeof sqlite)[T]>
> extends true
  ? Same<InferInsertModel<(typeof postgres)[T]>, InferInsertModel<(typeof sqlite)[T]>>
  : false;
type TableName = "users" | "skillLevels" | "levelChanges" | "levelDays" | "skillNotes" | "sessions" | "authThrottle" | "authTokens" | "authAccounts" | "cacheTagExpiry";
const sameShapes: { [T in TableName]: Rows<T> } = {
  users: true,
  skillLevels: true,
  levelChanges: true,
  levelDays: true,
  skillNotes: true,
  sessions: true,
  authThrottle: true,
  authTokens: true,
  authAccounts: true,
  cacheTagExpiry: true,
};
void sameShapes;

const active: typeof postgres = DIALECT === "postgres" ? postgres : (sqlite as unknown as typeof postgres);

export const { users, skillLevels, levelChanges, levelDays, skillNotes, sessions, authThrottle, authTokens, authAccounts, cacheTagExpiry } = active;
