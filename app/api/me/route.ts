import { getLevels } from "@/db/queries/levels";
import { getCurrentUser } from "@/server/current-user";
import { withDbErrors } from "@/server/db-unavailable";
import { mailOffMessage } from "@/server/mail/config";
import type { Me } from "@/client/me";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * What a page served from the cache (the Skills shell) needs of the signed-in user: one small read,
 * so the page itself can be the same for everyone. 401 without a live session.
 */
export const GET = withDbErrors(async (): Promise<Response> => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Not signed in" }, { status: 401, headers: PRIVATE });
  const levels = await getLevels(user.id);
  const verified = user.emailVerifiedAt !== null;
  const me: Me = { id: user.id, name: user.name, email: user.email, emailVerified: verified, mailOff: verified ? null : mailOffMessage(), levels };
  return Response.json(me, { headers: PRIVATE });
});
