import { notFound } from "next/navigation";
import { connection } from "next/server";

// Unknown paths land here instead of on the prerendered 404 page, so they are rendered per request
// with the CSP nonce proxy.ts sends (proxy.ts cannot tell an unknown path from a page; a cached 404
// would bring its own hash policy, and two policies together block the page's scripts).
export default async function MissingPage(): Promise<never> {
  await connection();
  notFound();
}
