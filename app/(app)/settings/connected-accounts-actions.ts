"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { signIn } from "@/auth";
import { listProviderAccounts, unlinkProviderAccount } from "@/db/queries/auth-accounts";
import { refuse, runUserAction, SIGNED_OUT } from "@/server/action-pipeline";
import { setConnectIntent } from "@/server/connect-intent";
import { text } from "@/server/form-fields";
import { oauthProvider, providerName } from "@/server/oauth-providers";
import { readSessionClaims } from "@/server/session-token";

export type ConnectedAccountsState = { ok?: boolean; message?: string; error?: string };

const providerSchema = z.strictObject({ provider: z.enum(["github", "oidc"], { error: "Unknown sign-in method." }) });

function toState(result: { ok: true; data: string | undefined } | { ok: false; error: string }): ConnectedAccountsState {
  if (!result.ok) return { error: result.error };
  return result.data ? { ok: true, message: result.data } : {};
}

/**
 * "Connect GitHub": the pipeline has checked the live session (row and session version); the
 * connect intent names that session, and the OAuth callback links only if it is still live then.
 */
export async function connectProviderAction(_prev: ConnectedAccountsState, form: FormData): Promise<ConnectedAccountsState> {
  const result = await runUserAction(providerSchema, { provider: text(form, "provider") }, async (user, { provider }) => {
    const info = oauthProvider(provider);
    if (!info) return refuse("That sign-in method is not available here.");
    if ((await listProviderAccounts(user.id)).some((a) => a.provider === provider)) return refuse(`${info.name} is already connected.`);
    const claims = await readSessionClaims();
    if (!claims || claims.userId !== user.id) return refuse(SIGNED_OUT);
    await setConnectIntent(claims, provider);
    await signIn(provider, { redirectTo: `/settings?connected=${provider}` });
    return undefined;
  });
  return toState(result);
}

export async function disconnectProviderAction(_prev: ConnectedAccountsState, form: FormData): Promise<ConnectedAccountsState> {
  const result = await runUserAction(providerSchema, { provider: text(form, "provider") }, async (user, { provider }) => {
    const name = providerName(provider);
    const outcome = await unlinkProviderAccount(user.id, provider);
    if (!outcome.ok) {
      if (outcome.error === "last-method") return refuse(`${name} is your only way to sign in, so it cannot be disconnected. Set a password or connect another account first.`);
      if (outcome.error === "not-linked") return refuse(`${name} is not connected.`);
      return refuse(SIGNED_OUT);
    }
    refresh();
    return `${name} disconnected.`;
  });
  return toState(result);
}
