export type Dialect = "sqlite" | "postgres";

/** `DATABASE_URL=postgres://…` selects PostgreSQL; without it the app runs on the SQLite file at DATABASE_PATH. */
export function dialectOf(databaseUrl: string | undefined): Dialect {
  return databaseUrl && /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgres" : "sqlite";
}

/** Chosen once, when the process first loads db/: the tables, the client and the migrations all follow it. */
export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL);
