"use server";

import { z } from "zod";
import { signIn } from "@/auth";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { refuse, runPublicAction } from "@/server/action-pipeline";
import { text } from "@/server/form-fields";
import { oauthProvider } from "@/server/oauth-providers";

export type ProviderSignInState = { error?: string };

const providerSignInSchema = z.strictObject({
  provider: z.enum(["github", "oidc"], { error: "That sign-in method is not available here." }),
  callbackUrl: z.string().max(512).optional(),
});

/** "Continue with …": off to the provider (Auth.js sets the PKCE, state and nonce cookies first). */
export async function providerSignInAction(_prev: ProviderSignInState, form: FormData): Promise<ProviderSignInState> {
  const input = { provider: text(form, "provider"), callbackUrl: text(form, "callbackUrl") };
  const result = await runPublicAction(providerSignInSchema, input, async ({ provider, callbackUrl }) => {
    if (!oauthProvider(provider)) return refuse("That sign-in method is not available here.");
    await signIn(provider, { redirectTo: safeRedirectPath(callbackUrl, "/dashboard") });
    return {};
  });
  return result.ok ? result.data : { error: result.error };
}
