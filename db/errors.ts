/** SQLite failures that mean "try again later", not a bug: locked too long, disk full, I/O. */
export function isTransientDbError(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? String((error as { code?: unknown }).code) : "";
  return /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL)/.test(code);
}

export const DB_UNAVAILABLE = "Could not save, try again in a moment.";
