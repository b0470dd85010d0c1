export const DEFAULT_TRUSTED_PROXY_HOPS = 1;
const MAX_ADDRESS_LENGTH = 64;

/**
 * TRUSTED_PROXY_HOPS as a number: a positive integer, or the default 1 (with `valid: false` so the
 * server can say it ignored the value). Unset is valid and means the default.
 */
export function parseTrustedProxyHops(value: string | undefined): { hops: number; valid: boolean } {
  if (value === undefined || value.trim() === "") return { hops: DEFAULT_TRUSTED_PROXY_HOPS, valid: true };
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 1 ? { hops, valid: true } : { hops: DEFAULT_TRUSTED_PROXY_HOPS, valid: false };
}

/**
 * The client's entry of an X-Forwarded-For value when `hops` trusted proxies each append the
 * address they received the request from: the hops-th entry from the end (with 1, the last one).
 * Entries left of it were written by the client and may be forged, so they are never used.
 *
 * Fewer entries than hops (a request that skipped part of the proxy chain): the first entry. Every
 * entry there was appended by a trusted hop (a client can add entries, never remove them), so the
 * first is the earliest address the chain saw; "unknown" would put all such requests on one shared
 * counter, which one sprayer could lock for all of them. No entry at all: "unknown".
 */
export function clientEntry(forwardedFor: string | null | undefined, hops: number = DEFAULT_TRUSTED_PROXY_HOPS): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - Math.max(1, Math.floor(hops)));
  return entries[index]!.slice(0, MAX_ADDRESS_LENGTH);
}
