"use server";

import { updateProfileSettings } from "@/db/queries/profiles";
import { profileSettingsSchema } from "@/lib/profile-schemas";
import { refuse, runUserAction, SIGNED_OUT } from "@/server/action-pipeline";
import { text } from "@/server/form-fields";
import { expirePublicProfile } from "@/server/profile-expiry";

type ProfileValues = { name: string; handle: string; isPublic: boolean };

export type ProfileFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fields?: Record<string, string>;
  values?: ProfileValues;
};

export async function saveProfileAction(_prev: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const values = {
    name: text(form, "name")?.slice(0, 100) ?? "",
    handle: text(form, "handle")?.slice(0, 100) ?? "",
    isPublic: form.get("isPublic") === "on",
  };
  const result = await runUserAction(profileSettingsSchema, values, async (user, settings) => {
    const saved = await updateProfileSettings(user.id, settings);
    if (!saved.ok) {
      const error = saved.reason === "handle_taken" ? "That handle is taken. Please pick another." : SIGNED_OUT;
      return refuse(error, { handle: error });
    }
    // Whatever was public under the old and the new handle is stale from now on.
    await expirePublicProfile(settings.handle, saved.previousHandle);
    return { name: settings.name ?? "", handle: settings.handle ?? "", isPublic: settings.isPublic };
  }, { fields: true });
  if (!result.ok) return { error: result.error, fields: result.fields, values };
  return {
    ok: true,
    message: result.data.isPublic ? "Saved. Your profile is public." : "Saved. Your profile is private.",
    values: result.data,
  };
}
