import "server-only";
import { headers } from "next/headers";

/** The origin the user reached us on, for links they will copy. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0]?.trim() || "http"}://${host}`;
}

/** The public origin for absolute URLs in cached pages (Open Graph), where no request is at hand. */
export function siteUrl(): URL {
  return new URL(process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`);
}
