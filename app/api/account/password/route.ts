import { signIn } from "@/auth";
import { deleteUserSessions } from "@/db/queries/sessions";
import { getUserWithHashById, updatePassword } from "@/db/queries/users";
import { changePasswordSchema } from "@/lib/account-schemas";
import { getCurrentUser } from "@/server/current-user";
import { hashPassword, verifyPassword } from "@/server/password";
import { SIGNED_OUT } from "@/server/action-pipeline";
import { withDbErrors } from "@/server/db-unavailable";
import { sendPasswordChangedNotice } from "@/server/account-mail";
import { isSameOrigin } from "@/server/same-origin";

const MAX_BODY = 4096;

function fail(error: string, status: number): Response {
  return Response.json({ ok: false, error }, { status });
}

/**
 * A route handler, not a server action: the fresh session cookie must reach the browser before
 * anything renders, or the page would render with the old, now revoked, session.
 */
export const POST = withDbErrors(changePassword);

async function changePassword(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return fail("Cross-site request refused.", 403);
  const user = await getCurrentUser();
  if (!user) return fail(SIGNED_OUT, 401);
  const raw = await request.text();
  if (raw.length > MAX_BODY) return fail("Request too large.", 413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail("Malformed request.", 400);
  }
  const parsed = changePasswordSchema.safeParse(body);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Please check the form.", 400);
  const record = await getUserWithHashById(user.id);
  if (!record || !(await verifyPassword(record.passwordHash, parsed.data.currentPassword))) {
    return fail("Your current password is not correct.", 400);
  }
  await updatePassword(user.id, await hashPassword(parsed.data.newPassword));
  await deleteUserSessions(user.id);
  sendPasswordChangedNotice(user.email);
  // Every other session now carries an old version; this one gets a fresh cookie.
  await signIn("credentials", { email: user.email, password: parsed.data.newPassword, redirect: false });
  return Response.json({ ok: true, message: "Password changed. Every other session has been signed out." });
}
