import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { DIALECT } from "./dialect";

/**
 * The UTC calendar day of a timestamp column, as a whole number of days since 1970-01-01 (only
 * for grouping: equal days, equal numbers). SQLite stores milliseconds since the epoch as an
 * integer; PostgreSQL a timestamptz.
 */
export function utcDayOf(column: AnyColumn): SQL<number> {
  return DIALECT === "postgres" ? sql<number>`floor(extract(epoch from ${column}) / 86400)` : sql<number>`(${column} / 86400000)`;
}
