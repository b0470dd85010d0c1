/** What every server action answers: its data, or a message for the user (and, for forms, per field). */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type ActionFailure = { ok: false; error: string; fields?: Record<string, string> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(error: string, fields?: Record<string, string>): ActionFailure {
  return fields ? { ok: false, error, fields } : { ok: false, error };
}
