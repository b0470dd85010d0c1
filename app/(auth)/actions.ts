"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { z } from "zod";
import { createUser } from "@/db/queries/users";
import { INVALID_LOGIN, logInSchema, signUpSchema } from "@/lib/auth-schemas";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { runPublicAction } from "@/server/action-pipeline";
import { endCurrentSession } from "@/server/current-user";
import { text } from "@/server/form-fields";
import { hashPassword } from "@/server/password";
import { sendVerificationLinkAfter } from "@/server/account-mail";
import { retryMessage } from "@/lib/throttle-policy";
import {
  clearLoginFailures,
  countLoginFailure,
  logInSucceeded,
  loginKeys,
  reserveLogIn,
  reserveSignUp,
  signupKeys,
} from "@/server/throttle";

/** What a form shows after a failed submit; never holds the password. */
export type AuthFormState = {
  error?: string;
  fields?: Record<string, string>;
  values?: { email?: string; name?: string };
};

/** Checks the password through next-auth; true when a session was opened. */
async function passwordAccepted(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return false;
  }
}

/** The sign-in that ends a sign-up: the password was just set, so it is not reserved, only counted if it fails. */
async function signInAfterSignUp(email: string, password: string): Promise<AuthFormState> {
  const keys = await loginKeys(email);
  if (!(await passwordAccepted(email, password))) {
    await countLoginFailure(keys);
    return { error: INVALID_LOGIN, values: { email } };
  }
  await clearLoginFailures(keys);
  redirect("/skills");
}

// Through the action pipeline: strict schema → handler, and a locked or full database becomes a
// message for the form, not an error page. The handlers answer with the form's state.
export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { email: text(form, "email"), password: text(form, "password"), name: text(form, "name") };
  const values = { email: raw.email?.slice(0, 300), name: raw.name?.slice(0, 100) };
  const result = await runPublicAction(signUpSchema, raw, (data) => signUp(data, values), { invalid: "Please fix the fields below.", fields: true });
  return result.ok ? result.data : { error: result.error, fields: result.fields, values };
}

export async function logInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = text(form, "email");
  const result = await runPublicAction(logInSchema, { email, password: text(form, "password") }, (data) => logIn({ data }, form), {
    invalid: INVALID_LOGIN,
  });
  return result.ok ? result.data : { error: result.error, values: { email: email?.slice(0, 300) } };
}

async function signUp(data: z.output<typeof signUpSchema>, values: AuthFormState["values"]): Promise<AuthFormState> {
  const { email, password, name } = data;
  const throttle = await reserveSignUp(await signupKeys(email));
  if (!throttle.allowed) return { error: retryMessage(throttle.retryAfterMs), values };
  // Hashed before the uniqueness check, so a taken email answers no faster than a new one.
  const user = await createUser({ email, passwordHash: await hashPassword(password), name });
  if (!user) {
    return {
      error: "An account with this email already exists. Log in instead.",
      fields: { email: "This email is already registered." },
      values,
    };
  }
  sendVerificationLinkAfter(user);
  return signInAfterSignUp(email, password);
}

async function logIn(parsed: { data: z.output<typeof logInSchema> }, form: FormData): Promise<AuthFormState> {
  const redirectTo = safeRedirectPath(text(form, "callbackUrl"), "/dashboard");
  const keys = await loginKeys(parsed.data.email);
  // Reserved before the password is checked, so requests in flight together cannot outnumber the limit.
  const throttle = await reserveLogIn(keys);
  const values = { email: parsed.data.email };
  if (!throttle.allowed) return { error: retryMessage(throttle.retryAfterMs), values };
  if (!(await passwordAccepted(parsed.data.email, parsed.data.password))) return { error: INVALID_LOGIN, values };
  await logInSucceeded(keys, throttle.reserved);
  redirect(redirectTo as "/dashboard");
}

export async function logOutAction(): Promise<AuthFormState> {
  const result = await runPublicAction(z.strictObject({}), {}, async () => {
    // The session's row goes first, so a copy of the cookie stops working too (signOut's event
    // would delete it as well, but swallows a failure).
    await endCurrentSession();
    await signOut({ redirectTo: "/" });
    return {};
  });
  return result.ok ? result.data : { error: result.error };
}
