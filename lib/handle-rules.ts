import { z } from "zod";

import { HANDLE_MAX, HANDLE_MIN } from "./limits";

export { HANDLE_MAX, HANDLE_MIN };

/**
 * Words a handle may not be: the app's own routes, and names that would mislead a visitor into
 * thinking a profile speaks for the site.
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "_next", "about", "account", "accounts", "admin", "administrator", "api", "app", "assets", "auth",
  "badge", "blog", "contact", "dashboard", "docs", "edit", "export", "favicon", "favicon-ico", "help",
  "home", "import", "info", "legal", "login", "log-in", "logout", "log-out", "me", "mod", "moderator",
  "new", "null", "official", "owner", "privacy", "profile", "profiles", "public", "register", "robots",
  "root", "rungs", "rungs-team", "security", "settings", "signin", "sign-in", "signup", "sign-up",
  "sitemap", "skills", "static", "staff", "status", "support", "system", "team", "terms", "u", "undefined",
  "user", "users", "webmaster", "www",
]);

export const handleSchema = z
  .string({ error: "Enter a handle." })
  .trim()
  .toLowerCase()
  .min(HANDLE_MIN, `A handle has at least ${HANDLE_MIN} characters.`)
  .max(HANDLE_MAX, `A handle has at most ${HANDLE_MAX} characters.`)
  .regex(/^[a-z0-9-]+$/, "Use only letters a–z, digits 0–9 and “-”.")
  .refine((h) => !RESERVED_HANDLES.has(h), { error: "That handle is reserved. Please pick another." });

export type HandleCheck = { ok: true; handle: string } | { ok: false; error: string };

export function checkHandle(input: unknown): HandleCheck {
  const parsed = handleSchema.safeParse(input);
  if (parsed.success) return { ok: true, handle: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid handle." };
}

/**
 * The handle a URL segment names (`/u/<segment>`), or null when it cannot be one: a malformed
 * escape or a string the handle rules refuse. Lower-cased, as handles are stored.
 */
export function handleFromSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const parsed = handleSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
