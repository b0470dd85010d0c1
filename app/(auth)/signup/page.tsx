import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/server/current-user";
import { publicProviders } from "@/server/oauth-providers";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/skills");
  return (
    <>
      <h1 className="text-2xl font-bold">Create your account</h1>
      <SignUpForm />
      <ProviderButtons providers={publicProviders()} callbackUrl="/skills" />
      <p>
        Already have an account? <Link prefetch={false} href="/login" className="underline">Log in</Link>
      </p>
    </>
  );
}
