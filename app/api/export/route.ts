import { listProviderAccounts } from "@/db/queries/auth-accounts";
import { getLevels, listLevelChanges } from "@/db/queries/levels";
import { getNotes } from "@/db/queries/notes";
import { getGoal } from "@/db/queries/goals";
import { buildExport } from "@/lib/export-format";
import { getCurrentUser } from "@/server/current-user";
import { withDbErrors } from "@/server/db-unavailable";

/** Downloads the signed-in user's progress as a versioned JSON file. */
export const GET = withDbErrors(async (): Promise<Response> => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Not signed in" }, { status: 401 });
  const [levels, notes, history, connectedAccounts, goal] = await Promise.all([
    getLevels(user.id),
    getNotes(user.id),
    listLevelChanges(user.id),
    listProviderAccounts(user.id),
    getGoal(user.id),
  ]);
  const file = buildExport({ levels, notes, history, connectedAccounts, goal });
  const date = file.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rungs-progress-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
