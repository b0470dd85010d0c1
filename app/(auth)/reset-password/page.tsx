import type { Metadata } from "next";
import { LinkFailed } from "@/components/auth/link-failed";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { tokenStore } from "@/db/queries/auth-tokens";
import { parseLinkToken } from "@/lib/token-policy";
import { isTokenLive } from "@/server/tokens";

// The token is in the address: no Referer may carry it to another site (proxy.ts sends the header too).
export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the link only looks the token up: mail scanners open links, and must not use them. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const live = await isTokenLive(tokenStore, token, "reset-password");
  return (
    <>
      <h1 className="text-2xl font-bold">Set a new password</h1>
      {live ? (
        <>
          <p className="text-muted">Choose a new password. Every device signed in to your account will be signed out.</p>
          <ResetPasswordForm token={parseLinkToken(token) ?? ""} />
        </>
      ) : (
        <LinkFailed href="/forgot-password" label="Send me a new link" />
      )}
    </>
  );
}
