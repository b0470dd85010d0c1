// Without its own hook, Turbopack (rooted at the repository's lockfile) would pick up Rungs'
// instrumentation.ts, which migrates a database.
export function register() {}
