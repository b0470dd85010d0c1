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
  // Says where mail goes (SMTP, the log, nowhere), or refuses to start in production without SMTP_URL.
  const { announceMailConfig } = await import("./server/mail/config");
  if (!announceMailConfig().ok) return;
  const { guardErrorResponseHeaders } = await import("./server/security/error-response-headers");
  guardErrorResponseHeaders();
  const { runMigrations } = await import("./db/migrate");
  await runMigrations();
  // Before the first request: the cache handler checks every hit against the shared tag expiry.
  const { installTagExpiryStore } = await import("./server/tag-expiry-store");
  installTagExpiryStore();
  const { startPruning } = await import("./server/pruning");
  const pruning = startPruning();
  const { closeDb } = await import("./db/client");
  const { mailIdle } = await import("./server/mail/send");
  const { drainOnSignals } = await import("./server/shutdown");
  // Next stops accepting connections and finishes the requests in flight; then this closes the pool.
  drainOnSignals({ closeDb, idle: mailIdle, stopTimers: () => clearInterval(pruning) });
}
