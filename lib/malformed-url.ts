// Longer than any real segment (handles, skill slugs, hashed asset names) and than NAME_MAX, so a
// file-system lookup of it could only fail.
export const SEGMENT_MAX = 255;
// The longest query the app reads is the log-in page's callbackUrl, and a long one must still get
// the page (falling back to the dashboard); 8 KB is also where common front proxies stop.
export const QUERY_MAX = 8192;

// No path the app serves holds a control character once decoded; browsers never send one.
const PATH_CONTROL = /[\u0000-\u001f\u007f]/;

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * True when a request's path or query cannot be a real address of the app: a stray "%", bytes
 * that are not UTF-8, an encoded NUL (or, in the path, any control character), a path segment over
 * SEGMENT_MAX or a query over QUERY_MAX characters. `pathname` and `search` are as sent, still
 * percent-encoded; `search` with or without its "?".
 */
export function isMalformedUrl(pathname: string, search: string): boolean {
  if (pathname.split("/").some((segment) => segment.length > SEGMENT_MAX)) return true;
  const path = decodes(pathname);
  if (path === null || PATH_CONTROL.test(path)) return true;

  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > QUERY_MAX) return true;
  const decodedQuery = decodes(query.replace(/\+/g, " "));
  return decodedQuery === null || decodedQuery.includes("\u0000");
}
