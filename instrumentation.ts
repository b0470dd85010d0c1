export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail closed: without a secret, next-auth could not sign sessions safely.
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(
      "Rungs refuses to start: AUTH_SECRET is not set. Set it in the environment (openssl rand -base64 32), " +
        "or start with `npm start`, which writes one to .env.local on first run.",
    );
    process.exit(1);
  }
  const { guardErrorResponseHeaders } = await import("./server/security/error-response-headers");
  guardErrorResponseHeaders();
  const { runMigrations } = await import("./db/migrate");
  await runMigrations();
  const { startPruning } = await import("./server/pruning");
  startPruning();
  const { closeDb } = await import("./db/client");
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // Checkpoints the WAL and releases the file cleanly before exiting.
      void closeDb().finally(() => process.exit(0));
    });
  }
}
