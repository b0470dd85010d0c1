import "server-only";
import { DB_UNAVAILABLE, isTransientDbError } from "@/db/errors";

/** The user's message for a locked, full or unreachable database; null for any other error (a bug). */
export function unavailableMessage(error: unknown): string | null {
  return isTransientDbError(error) ? DB_UNAVAILABLE : null;
}

type Handler<C, R extends Request> = (request: R, context: C) => Promise<Response>;

/** Route handlers answer a transient database failure with 503 and the same message as actions. */
export function withDbErrors<C, R extends Request = Request>(handler: Handler<C, R>): Handler<C, R> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const message = unavailableMessage(error);
      if (message) return Response.json({ ok: false, error: message }, { status: 503, headers: { "Cache-Control": "no-store" } });
      throw error;
    }
  };
}
