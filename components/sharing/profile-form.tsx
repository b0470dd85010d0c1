"use client";

import { useRef, useState, useTransition } from "react";
import { saveProfileAction, type ProfileFormState } from "@/app/(app)/settings/profile-actions";
import { HANDLE_MAX, HANDLE_MIN, NAME_MAX } from "@/lib/limits";
import { FormAlert } from "@/components/ui/form-alert";
import { setSaveFeedback } from "@/client/save-feedback";
import { SharePanel } from "./share-panel";

type Saved = { name: string; handle: string; isPublic: boolean };
type Props = { origin: string; saved: Saved };

/** Settings: name, handle and the public switch; the share panel below follows what was saved. */
export function ProfileForm({ origin, saved: initial }: Props) {
  const [state, setState] = useState<ProfileFormState>({});
  const [saved, setSaved] = useState<Saved>(initial);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const handleRef = useRef<HTMLInputElement>(null);

  // Not a form action: React would reset the inputs after each save, wiping what the user typed
  // meanwhile. Inputs stay as typed; only the handle is rewritten to its stored, lower-case form.
  function submit() {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setState({});
    setSaveFeedback({ status: "" });
    startTransition(async () => {
      const next = await saveProfileAction({}, data);
      setState(next);
      if (next.ok && next.message) setSaveFeedback({ status: next.message });
      if (next.ok && next.values) {
        setSaved(next.values);
        if (handleRef.current) handleRef.current.value = next.values.handle;
      }
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        className="card flex flex-col gap-4"
        noValidate
      >
        <h2 className="text-lg font-semibold">Public profile</h2>
        <FormAlert message={state.error} />
        <div className="flex flex-col gap-1">
          <label htmlFor="name" className="font-medium">
            Name
          </label>
          <input id="name" name="name" defaultValue={initial.name} maxLength={NAME_MAX} autoComplete="nickname" className="rounded-md border border-line bg-surface px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="handle" className="font-medium">
            Handle
          </label>
          <p id="handle-hint" className="text-sm text-muted">
            {HANDLE_MIN} to {HANDLE_MAX} characters: letters a–z, digits and “-”. Your page will be {origin}/u/
            <em>handle</em>.
          </p>
          <input
            id="handle"
            name="handle"
            ref={handleRef}
            defaultValue={initial.handle}
            maxLength={HANDLE_MAX}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={state.fields?.handle ? true : undefined}
            aria-describedby={state.fields?.handle ? "handle-hint handle-error" : "handle-hint"}
            className="rounded-md border border-line bg-surface px-3 py-2"
          />
          {state.fields?.handle ? (
            <p id="handle-error" className="text-sm text-danger">
              <span aria-hidden="true">⚠ </span>
              {state.fields.handle}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-3">
          <input
            id="isPublic"
            name="isPublic"
            type="checkbox"
            role="switch"
            defaultChecked={initial.isPublic}
            onChange={submit}
            className="h-5 w-5 accent-accent"
            aria-describedby="public-hint"
          />
          <label htmlFor="isPublic" className="font-medium">
            Public profile
          </label>
        </div>
        <p id="public-hint" className="-mt-2 text-sm text-muted">
          Off by default. When on, anyone with the link sees your name, readiness and skill levels, never your email.
          Switching it saves at once.
        </p>
        <div>
          <button type="submit" className="btn-primary" aria-disabled={pending}>
            Save profile
          </button>
          {pending ? <span className="ml-3 text-muted">Saving…</span> : null}
        </div>
      </form>

      <SharePanel origin={origin} handle={saved.handle} isPublic={saved.isPublic} />
    </div>
  );
}
