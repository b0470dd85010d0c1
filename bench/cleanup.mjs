const cleanups = [];
let stopping = false;

async function onSignal() {
  if (stopping) return;
  stopping = true;
  // Newest first: servers stop before the database cluster they use.
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch((error) => console.error(error));
  process.exit(130);
}

/**
 * Runs `cleanup` (async) if the bench is interrupted (Ctrl-C, SIGTERM) before it is removed with
 * the returned function, so a stopped run leaves no server, cluster or temp folder behind. One
 * handler for all of them: several handlers would each exit the process before the others finish.
 */
export function cleanUpOnSignal(cleanup) {
  if (!cleanups.length) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
    if (!cleanups.length && !stopping) {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
