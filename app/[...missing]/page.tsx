import { notFound } from "next/navigation";
import { connection } from "next/server";

// Unknown paths are answered by proxy.ts with the prerendered 404 page stamped with the request's
// nonce. What still lands here is rendered per request, with that nonce: the client router's RSC
// requests for an unknown path, and every unknown path under `next dev`, which has no prerendered
// page to stamp. (Without this page Next would serve its cached 404 with a hash policy of its own,
// and two policies together block the page's scripts.)
export default async function MissingPage(): Promise<never> {
  await connection();
  notFound();
}
