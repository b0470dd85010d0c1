import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ForgotPasswordLink, PasswordResetDone } from "@/components/auth/forgot-password-link";
import { LogInForm } from "@/components/auth/log-in-form";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getCurrentUser } from "@/server/current-user";
import { oauthPageProblem } from "@/server/oauth-page-problem";
import { publicProviders } from "@/server/oauth-providers";

export const metadata: Metadata = { title: "Log in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LogInPage({ searchParams }: Props) {
  const params = await searchParams;
  const { callbackUrl, reset } = params;
  const target = safeRedirectPath(callbackUrl, "/dashboard");
  if (await getCurrentUser()) redirect(target as "/dashboard");
  return (
    <>
      <h1 className="text-2xl font-bold">Log in to Rungs</h1>
      <PasswordResetDone show={reset === "done"} />
      <LogInForm callbackUrl={target} />
      <ForgotPasswordLink />
      <ProviderButtons providers={publicProviders()} callbackUrl={target} problem={oauthPageProblem(params)} />
      <p>
        New here? <Link prefetch={false} href="/signup" className="underline">Create an account</Link>
      </p>
    </>
  );
}
