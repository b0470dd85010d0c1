import { z } from "zod";
import { PASSWORD_MAX, passwordSchema } from "./auth-schemas";

const currentPassword = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX * 4);

export const changePasswordSchema = z
  .strictObject({ currentPassword, newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: "The new password must differ from the current one.",
    path: ["newPassword"],
  });

export const deleteAccountSchema = z.strictObject({ password: currentPassword });

export const resetProgressSchema = z.strictObject({
  confirm: z.literal("RESET", { error: "Type RESET (in capitals) to confirm." }),
});
