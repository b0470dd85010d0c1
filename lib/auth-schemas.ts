import { z } from "zod";

import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "./limits";

export { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN };

export const INVALID_LOGIN = "Invalid email or password";

/** Counts code points, so an emoji is one character as the user sees it. */
function charCount(value: string): number {
  return Array.from(value).length;
}

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX, `Email must be at most ${EMAIL_MAX} characters.`)
  .pipe(z.email({ error: "Enter a valid email address." }));

// Checked exactly as typed: no trimming or normalisation of passwords.
export const passwordSchema = z
  .string({ error: "Enter a password." })
  .refine((v) => charCount(v) >= PASSWORD_MIN, {
    error: `Password must be at least ${PASSWORD_MIN} characters.`,
  })
  .refine((v) => charCount(v) <= PASSWORD_MAX, {
    error: `Password must be at most ${PASSWORD_MAX} characters.`,
  });

// Control characters would corrupt how a name renders in titles and badges.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const displayNameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`)
  .refine((v) => !CONTROL_CHARS.test(v), { error: "Name contains characters that are not allowed." })
  .transform((v) => (v === "" ? null : v));

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: displayNameSchema.optional().transform((v) => v ?? null),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const logInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX * 4),
});
export type LogInInput = z.infer<typeof logInSchema>;

/** The first message per field, for a form to show beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
