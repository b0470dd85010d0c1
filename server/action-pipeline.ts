import "server-only";
import type { z } from "zod";
import type { UserRecord } from "@/db/queries/users";
import { fieldErrors } from "@/lib/auth-schemas";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { getActionUser } from "./current-user";
import { unavailableMessage } from "./db-unavailable";

export const SIGNED_OUT = "You are signed out. Log in again to save your changes.";

/** An expected failure a handler returns (wrong password, taken handle, bad file); a throw is a bug. */
export class Refusal {
  constructor(
    readonly error: string,
    readonly fields?: Record<string, string>,
  ) {}
}

export function refuse(error: string, fields?: Record<string, string>): Refusal {
  return new Refusal(error, fields);
}

type Options = {
  /** The message when the schema rejects the input; by default the first issue's own message. */
  invalid?: string;
  /** Forms: also a message per field (`fields`) when the schema rejects the input. */
  fields?: boolean;
};

async function run<S extends z.ZodType, T>(
  needsUser: boolean,
  schema: S,
  input: unknown,
  handler: (user: UserRecord | null, data: z.output<S>) => Promise<T | Refusal>,
  options: Options,
): Promise<ActionResult<T>> {
  try {
    const user = needsUser ? await getActionUser() : null;
    if (needsUser && !user) return fail(SIGNED_OUT);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const message = options.invalid ?? parsed.error.issues[0]?.message ?? "Invalid request.";
      return fail(message, options.fields ? fieldErrors(parsed.error) : undefined);
    }
    const out = await handler(user, parsed.data);
    return out instanceof Refusal ? fail(out.error, out.fields) : ok(out);
  } catch (error) {
    // Transactions roll back whole; a locked or full database is a message, not a crash.
    const message = unavailableMessage(error);
    if (message) return fail(message);
    throw error;
  }
}

/**
 * The one pipeline for actions of a signed-in user: session → strict schema → handler → result.
 * The user comes from the session, never from the payload.
 */
export function runUserAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (user: UserRecord, data: z.output<S>) => Promise<T | Refusal>,
  options: Options = {},
): Promise<ActionResult<T>> {
  return run(true, schema, input, (user, data) => handler(user as UserRecord, data), options);
}

/** The same pipeline for actions that need no session (sign up, log in, log out). */
export function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.output<S>) => Promise<T | Refusal>,
  options: Options = {},
): Promise<ActionResult<T>> {
  return run(false, schema, input, (_user, data) => handler(data), options);
}
