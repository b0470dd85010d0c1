"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { providerSignInAction, type ProviderSignInState } from "@/app/(auth)/oauth-actions";
import { FormAlert } from "@/components/ui/form-alert";
import type { PublicProvider } from "@/lib/sign-in-methods";

type Props = {
  providers: PublicProvider[];
  callbackUrl: string;
  /** Why the last provider sign-in was refused, already in words. */
  problem?: string;
};

function ContinueButton({ name }: { name: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="btn-secondary w-full" onClick={(e) => pending && e.preventDefault()}>
      {pending ? <span aria-live="polite">Going to {name}…</span> : `Continue with ${name}`}
    </button>
  );
}

function ProviderButton({ provider, callbackUrl }: { provider: PublicProvider; callbackUrl: string }) {
  const [state, action] = useActionState<ProviderSignInState, FormData>(providerSignInAction, {});
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormAlert message={state.error} />
      <input type="hidden" name="provider" value={provider.id} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <ContinueButton name={provider.name} />
    </form>
  );
}

/** The configured sign-in providers, one button each; nothing at all when none is configured. */
export function ProviderButtons({ providers, callbackUrl, problem }: Props) {
  if (providers.length === 0 && !problem) return null;
  return (
    <section aria-label="Other ways to sign in" className="flex flex-col gap-3">
      <FormAlert message={problem} />
      {providers.length > 0 ? (
        <>
          <p className="text-center text-sm text-muted">or</p>
          {providers.map((p) => (
            <ProviderButton key={p.id} provider={p} callbackUrl={callbackUrl} />
          ))}
        </>
      ) : null}
    </section>
  );
}
