import Database from "better-sqlite3";

/** Read-only look into the app's database, to check what the UI cannot show (ids, row counts). */
export function queryDb<T>(sql: string, ...params: unknown[]): T[] {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function userIdByEmail(email: string): string {
  const row = queryDb<{ id: string }>("select id from users where email = ?", email.trim().toLowerCase())[0];
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}
