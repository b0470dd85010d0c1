/**
 * Keeps a post-login redirect on this app's own origin: only a plain absolute path is allowed,
 * anything else (another origin, "//host", "/\\host", junk) falls back.
 */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes are stripped or reinterpreted by some browsers.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://rungs.invalid");
    if (url.origin !== "http://rungs.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
