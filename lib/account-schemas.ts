import { z } from "zod";
import { PASSWORD_MAX, passwordSchema } from "./auth-schemas";

const currentPassword = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX * 4);

export const changePasswordSchema = z
  .strictObject({ currentPassword, newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: "The new password must differ from the current one.",
    path: ["newPassword"],
  });

/** Delete account, for an account with a password: confirmed with it. */
export const deleteAccountSchema = z.strictObject({ password: currentPassword });

/** Delete account, for one that only signs in through GitHub or OpenID Connect: no password to give. */
export const deletePasswordlessAccountSchema = z.strictObject({
  confirm: z.literal("DELETE", { error: "Type DELETE (in capitals) to confirm." }),
});

export const DELETE_NEEDS_PASSWORD = "This account has a password: confirm with it.";

export const resetProgressSchema = z.strictObject({
  confirm: z.literal("RESET", { error: "Type RESET (in capitals) to confirm." }),
});
