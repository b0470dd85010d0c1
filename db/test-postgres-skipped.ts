/** vitest globalSetup of the sqlite project when PostgreSQL is missing: repeats why, after the results. */
export default function setup(): () => void {
  return () => console.warn(`\n!!! The PostgreSQL half of the db tests was SKIPPED: ${process.env.RUNGS_POSTGRES_SKIPPED}\n`);
}
