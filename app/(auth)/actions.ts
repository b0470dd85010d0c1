"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { createUser } from "@/db/queries/users";
import { fieldErrors, INVALID_LOGIN, logInSchema, signUpSchema } from "@/lib/auth-schemas";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { hashPassword } from "@/server/password";

/** What a form shows after a failed submit; never holds the password. */
export type AuthFormState = {
  error?: string;
  fields?: Record<string, string>;
  values?: { email?: string; name?: string };
};

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}

async function signInOrFail(email: string, password: string, redirectTo: string): Promise<AuthFormState> {
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return { error: INVALID_LOGIN, values: { email } };
    throw error;
  }
  return {};
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { email: text(form, "email"), password: text(form, "password"), name: text(form, "name") };
  const values = { email: raw.email?.slice(0, 300), name: raw.name?.slice(0, 100) };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return { error: "Please fix the fields below.", fields: fieldErrors(parsed.error), values };
  }
  const { email, password, name } = parsed.data;
  const user = await createUser({ email, passwordHash: await hashPassword(password), name });
  if (!user) {
    return {
      error: "An account with this email already exists. Log in instead.",
      fields: { email: "This email is already registered." },
      values,
    };
  }
  return signInOrFail(email, password, "/skills");
}

export async function logInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = text(form, "email");
  const parsed = logInSchema.safeParse({ email, password: text(form, "password") });
  if (!parsed.success) return { error: INVALID_LOGIN, values: { email: email?.slice(0, 300) } };
  const redirectTo = safeRedirectPath(text(form, "callbackUrl"), "/dashboard");
  return signInOrFail(parsed.data.email, parsed.data.password, redirectTo);
}

export async function logOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
