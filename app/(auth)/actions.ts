"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { createUser } from "@/db/queries/users";
import { fieldErrors, INVALID_LOGIN, logInSchema, signUpSchema } from "@/lib/auth-schemas";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { DB_UNAVAILABLE, isTransientDbError } from "@/db/errors";
import { hashPassword } from "@/server/password";
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

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}

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

/** A locked or full database is a message for the form, not an error page. */
async function orUnavailable(run: () => Promise<AuthFormState>, values?: AuthFormState["values"]): Promise<AuthFormState> {
  try {
    return await run();
  } catch (error) {
    if (isTransientDbError(error)) return { error: DB_UNAVAILABLE, values };
    throw error;
  }
}

export async function signUpAction(prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  return orUnavailable(() => signUp(prev, form), { email: text(form, "email")?.slice(0, 300) });
}

export async function logInAction(prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  return orUnavailable(() => logIn(prev, form), { email: text(form, "email")?.slice(0, 300) });
}

async function signUp(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { email: text(form, "email"), password: text(form, "password"), name: text(form, "name") };
  const values = { email: raw.email?.slice(0, 300), name: raw.name?.slice(0, 100) };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return { error: "Please fix the fields below.", fields: fieldErrors(parsed.error), values };
  }
  const { email, password, name } = parsed.data;
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
  return signInAfterSignUp(email, password);
}

async function logIn(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = text(form, "email");
  const parsed = logInSchema.safeParse({ email, password: text(form, "password") });
  if (!parsed.success) return { error: INVALID_LOGIN, values: { email: email?.slice(0, 300) } };
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

export async function logOutAction(): Promise<void> {
  // signOut's event deletes this session's row, so a copy of the cookie stops working too.
  await signOut({ redirectTo: "/" });
}
