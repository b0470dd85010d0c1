import type { Metadata } from "next";
import { LinkConfirmForm } from "@/components/auth/link-confirm-form";
import { LinkFailed } from "@/components/auth/link-failed";
import { tokenStore } from "@/db/queries/auth-tokens";
import { parseLinkToken } from "@/lib/token-policy";
import { isTokenLive } from "@/server/tokens";
import { confirmEmailChangeAction } from "../email-actions";

export const metadata: Metadata = { title: "Confirm your new email address", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link sent to the new address of an email change; the button's POST makes the change. */
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const live = await isTokenLive(tokenStore, token, "change-email");
  const retry = { href: "/settings", label: "Ask for a new link in Settings" } as const;
  return (
    <>
      <h1 className="text-2xl font-bold">Confirm your new email address</h1>
      {live ? (
        <>
          <p className="text-muted">Confirm to make this address the one your account uses to log in.</p>
          <LinkConfirmForm
            action={confirmEmailChangeAction}
            token={parseLinkToken(token) ?? ""}
            submitLabel="Confirm new email address"
            pendingLabel="Confirming…"
            next={{ href: "/settings", label: "Go to Settings" }}
            retry={retry}
          />
        </>
      ) : (
        <LinkFailed href={retry.href} label={retry.label} />
      )}
    </>
  );
}
