import type { Metadata } from "next";
import { LinkConfirmForm } from "@/components/auth/link-confirm-form";
import { LinkFailed } from "@/components/auth/link-failed";
import { tokenStore } from "@/db/queries/auth-tokens";
import { parseLinkToken } from "@/lib/token-policy";
import { isTokenLive } from "@/server/tokens";
import { verifyEmailAction } from "../email-actions";

export const metadata: Metadata = { title: "Verify your email address", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the link only looks the token up; the button's POST uses it. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const live = await isTokenLive(tokenStore, token, "verify-email");
  return (
    <>
      <h1 className="text-2xl font-bold">Verify your email address</h1>
      {live ? (
        <>
          <p className="text-muted">Confirm that this email address is yours.</p>
          <LinkConfirmForm
            action={verifyEmailAction}
            token={parseLinkToken(token) ?? ""}
            submitLabel="Verify email address"
            pendingLabel="Verifying…"
            next={{ href: "/dashboard", label: "Go to your dashboard" }}
            retry={{ href: "/dashboard", label: "Log in and send a new link from your dashboard" }}
          />
        </>
      ) : (
        <LinkFailed href="/dashboard" label="Log in and send a new link from your dashboard" />
      )}
    </>
  );
}
