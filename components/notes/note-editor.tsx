"use client";

import { useId, useState, useTransition } from "react";
import { saveNoteAction } from "@/app/(app)/notes/actions";
import { LINKS_MAX, NOTE_MAX } from "@/lib/limits";
import type { SkillNote } from "@/lib/note-schemas";
import { getSkill } from "@/lib/roadmap";
import { FormAlert } from "@/components/ui/form-alert";
import { setSaveFeedback } from "@/client/save-feedback";

const EMPTY: SkillNote = { note: "", links: [], isPublic: false };

/** A disclosure under each skill: private note, evidence links, and whether the profile shows them. */
export function NoteEditor({ skillId, initial }: { skillId: string; initial?: SkillNote }) {
  const [saved, setSaved] = useState<SkillNote>(initial ?? EMPTY);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const name = getSkill(skillId)?.name ?? skillId;
  const hasNote = saved.note !== "" || saved.links.length > 0;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const links = String(data.get("links") ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const input = { skillId, note: String(data.get("note") ?? ""), links, isPublic: data.get("isPublic") === "on" };
    setError(undefined);
    startTransition(async () => {
      const result = await saveNoteAction(input);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setSaved(result.data);
      setSaveFeedback({ status: `Saved note for ${name}.` });
    });
  }

  return (
    <div className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-1 text-accent underline underline-offset-2"
      >
        {`Notes for ${name}`}
      </button>
      {hasNote ? <span className="ml-2 text-muted">(<span aria-hidden="true">📝</span> saved{saved.isPublic ? ", public" : ", private"})</span> : null}
      {open ? (
        <form
          id={`${id}-panel`}
          className="mt-2 flex flex-col gap-2 rounded-md border border-line/60 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            submit(e.currentTarget);
          }}
          noValidate
        >
          <FormAlert message={error} />
          <label htmlFor={`${id}-note`} className="font-medium">
            Note
          </label>
          <textarea id={`${id}-note`} name="note" rows={3} maxLength={NOTE_MAX} defaultValue={saved.note} className="rounded-md border border-line bg-surface px-2 py-1" />
          <label htmlFor={`${id}-links`} className="font-medium">
            Evidence links
          </label>
          <p id={`${id}-links-hint`} className="text-muted">
            Up to {LINKS_MAX} http:// or https:// addresses, one per line.
          </p>
          <textarea
            id={`${id}-links`}
            name="links"
            rows={3}
            defaultValue={saved.links.join("\n")}
            aria-describedby={`${id}-links-hint`}
            className="rounded-md border border-line bg-surface px-2 py-1 font-mono"
          />
          <div className="flex items-center gap-2">
            <input id={`${id}-public`} name="isPublic" type="checkbox" defaultChecked={saved.isPublic} className="h-4 w-4 accent-accent" />
            <label htmlFor={`${id}-public`}>Show on public profile</label>
          </div>
          <div>
            <button type="submit" className="btn-primary py-1" aria-disabled={pending}>
              Save note
            </button>
            {pending ? <span className="ml-2 text-muted">Saving…</span> : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
