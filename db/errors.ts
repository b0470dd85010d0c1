// The one map from driver errors to what they mean. Drizzle wraps a failed query's error
// (DrizzleQueryError) with the driver's error on `cause`; better-sqlite3 errors may also arrive
// bare, so both the error and its causes are looked at.
function codes(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") out.push(code);
  }
  return out;
}

function messages(error: unknown): string {
  const out: string[] = [];
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) out.push(e.message);
  return out.join("\n");
}

// SQLite: locked past the busy timeout, disk full, I/O.
const SQLITE_TRANSIENT = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL)/;
// PostgreSQL SQLSTATEs: 08 connection exception, 53 insufficient resources (disk full, too many
// connections), 57P01-03 server shutting down or starting, 57014 cancelled (a timeout), 55P03 lock
// not available (lock_timeout), 40001/40P01 serialization failure and deadlock (the transaction was
// rolled back and may simply be retried), 58 system (I/O) errors.
const POSTGRES_TRANSIENT = /^(08...|53...|57P0[1-3]|57014|55P03|40001|40P01|58...)$/;
// Node's socket errors when the server is unreachable.
const NETWORK = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/;
// node-postgres' own errors without a code: a dropped connection, a pool that could not connect in time.
const POOL_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/** Database failures that mean "try again later", not a bug: locked too long, disk full, I/O, server unreachable. */
export function isTransientDbError(error: unknown): boolean {
  const found = codes(error);
  if (found.some((code) => SQLITE_TRANSIENT.test(code) || POSTGRES_TRANSIENT.test(code) || NETWORK.test(code))) return true;
  return POOL_MESSAGES.test(messages(error));
}

/** A unique constraint refused the write: SQLITE_CONSTRAINT_UNIQUE (or the primary key), PostgreSQL 23505. */
export function isUniqueViolation(error: unknown): boolean {
  return codes(error).some((code) => code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505");
}

/** A foreign key refused the write (the row it points at is gone): SQLITE_CONSTRAINT_FOREIGNKEY, PostgreSQL 23503. */
export function isForeignKeyViolation(error: unknown): boolean {
  return codes(error).some((code) => code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503");
}

export const DB_UNAVAILABLE = "Could not save, try again in a moment.";
