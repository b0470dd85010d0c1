import { z } from "zod";
import { emailSchema, PASSWORD_MAX, passwordSchema } from "./auth-schemas";

// The forms of the mail flows: forgot password, reset password, a link's confirm button, change email.

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

// Any string: a token that cannot be ours is refused as "expired or already used" like an unknown one.
const linkToken = z.string().max(200);

export const linkTokenSchema = z.strictObject({ token: linkToken });

export const PASSWORDS_DIFFER = "The passwords do not match.";

/** The same password rules as sign-up; the confirmation must match exactly as typed. */
export const resetPasswordSchema = z
  .strictObject({
    token: linkToken,
    password: passwordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }).max(PASSWORD_MAX * 4),
  })
  .refine((v) => v.password === v.confirmPassword, { error: PASSWORDS_DIFFER, path: ["confirmPassword"] });

export const changeEmailSchema = z.strictObject({
  newEmail: emailSchema,
  password: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX * 4),
});

/** What the forgot-password form says to every address, known or not. */
export const RESET_LINK_SENT =
  "If an account exists for that address, we sent a link to set a new password. It works once, for 30 minutes. Check your inbox and your spam folder.";
