import "server-only";
import type { z } from "zod";
import type { UserRecord } from "@/db/queries/users";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { getCurrentUser } from "./current-user";
import { DB_UNAVAILABLE, isTransientDbError } from "@/db/errors";

export const SIGNED_OUT = "You are signed out. Log in again to save your changes.";

/** Session first, then a strict schema; the user id never comes from the payload. */
export async function runUserAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (user: UserRecord, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return fail(SIGNED_OUT);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Invalid request.");
  try {
    return ok(await handler(user, parsed.data));
  } catch (error) {
    // Transactions roll back whole; a locked or full database is a message, not a crash.
    if (isTransientDbError(error)) return fail(DB_UNAVAILABLE);
    throw error;
  }
}
