"use server";

import { updateTag } from "next/cache";
import { updateProfileSettings } from "@/db/queries/profiles";
import { getCurrentUser } from "@/server/current-user";
import { profileTag } from "@/server/profile-cache";
import { SIGNED_OUT } from "@/server/action-pipeline";
import { fieldErrors } from "@/lib/auth-schemas";
import { profileSettingsSchema } from "@/lib/profile-schemas";

export type ProfileFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fields?: Record<string, string>;
  values?: { name: string; handle: string; isPublic: boolean };
};

export async function saveProfileAction(_prev: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const name = form.get("name");
  const handle = form.get("handle");
  const values = {
    name: typeof name === "string" ? name.slice(0, 100) : "",
    handle: typeof handle === "string" ? handle.slice(0, 100) : "",
    isPublic: form.get("isPublic") === "on",
  };
  const user = await getCurrentUser();
  if (!user) return { error: SIGNED_OUT, values };
  const parsed = profileSettingsSchema.safeParse(values);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { error: Object.values(fields)[0] ?? "Please check the form.", fields, values };
  }
  const result = await updateProfileSettings(user.id, parsed.data);
  if (!result.ok) {
    const error = result.reason === "handle_taken" ? "That handle is taken. Please pick another." : SIGNED_OUT;
    return { error, fields: { handle: error }, values };
  }
  // Whatever was public under the old and the new handle is stale from now on.
  if (result.previousHandle) updateTag(profileTag(result.previousHandle));
  if (parsed.data.handle) updateTag(profileTag(parsed.data.handle));
  const saved = { name: parsed.data.name ?? "", handle: parsed.data.handle ?? "", isPublic: parsed.data.isPublic };
  return {
    ok: true,
    message: saved.isPublic ? "Saved. Your profile is public." : "Saved. Your profile is private.",
    values: saved,
  };
}
