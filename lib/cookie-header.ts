/**
 * One cookie's value from a request's Cookie header, read as Next's own request cookies read it
 * (`@edge-runtime/cookies` parseCookie): pairs split on `;`, the value URI-decoded, the last
 * pair of a name wins, and a pair whose value does not decode is skipped.
 */
export function cookieFromHeader(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const pair of header.split(/; */)) {
    const splitAt = pair.indexOf("=");
    const key = splitAt === -1 ? pair : pair.slice(0, splitAt);
    if (key !== name || pair === "") continue;
    if (splitAt === -1) {
      found = "true";
      continue;
    }
    try {
      found = decodeURIComponent(pair.slice(splitAt + 1));
    } catch {
      // As Next: an undecodable value is not a value.
    }
  }
  return found;
}
