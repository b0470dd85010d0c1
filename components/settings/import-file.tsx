"use client";

import { useState, useTransition } from "react";
import { applyImportAction, previewImportAction, type ImportPreview } from "@/app/(app)/settings/import-actions";
import { IMPORT_MAX_BYTES } from "@/lib/limits";
import { FormAlert } from "@/components/ui/form-alert";
import { setSaveFeedback } from "@/client/save-feedback";

/** Import: the server checks the chosen file and shows what changes; nothing is saved until Apply. */
export function ImportFile({ inputId }: { inputId: string }) {
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function reset() {
    setText(null);
    setPreview(null);
  }

  async function choose(file: File | undefined) {
    reset();
    setError(undefined);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setError(`The file is too large (the limit is ${IMPORT_MAX_BYTES / 1024} KB).`);
      return;
    }
    const content = await file.text();
    startTransition(async () => {
      const result = await previewImportAction({ text: content });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setText(content);
      setPreview(result.data);
    });
  }

  function apply() {
    if (text === null) return;
    startTransition(async () => {
      const result = await applyImportAction({ text });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      reset();
      const { changed, notes, goal } = result.data;
      const goalText = goal ? ` Goal: ${goal}.` : "";
      setSaveFeedback({ status: `Import applied: ${changed} level${changed === 1 ? "" : "s"} changed, ${notes} note${notes === 1 ? "" : "s"} saved.${goalText}` });
    });
  }

  return (
    <>
      <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => choose(e.target.files?.[0])} />
      <FormAlert message={error} />
      {pending ? <p className="text-muted">Working…</p> : null}
      {preview ? (
        <div className="flex flex-col gap-2 rounded-md border border-line/60 p-3">
          <h3 className="font-semibold">What will change</h3>
          {preview.changes.length === 0 ? <p>No level changes.</p> : null}
          <ul aria-label="Import changes" className="flex flex-col gap-1 text-sm">
            {preview.changes.map((c) => (
              <li key={c.skillId}>
                {c.name}: {c.from} <span aria-hidden="true">→</span>
                <span className="sr-only">to</span> {c.to}
              </li>
            ))}
          </ul>
          <p className="text-sm">{preview.notes} note(s) will be saved.</p>
          {preview.goal ? (
            <p className="text-sm">
              Goal: {preview.goal.from} <span aria-hidden="true">→</span>
              <span className="sr-only">to</span> {preview.goal.to}
            </p>
          ) : null}
          {preview.unknownSkillIds.length > 0 ? (
            <p className="text-sm">
              <span aria-hidden="true">⚠ </span>Skipped, not in this roadmap: {preview.unknownSkillIds.join(", ")}
            </p>
          ) : null}
          <div className="flex gap-2">
            <button type="button" className="btn-primary" onClick={apply} aria-disabled={pending}>
              Apply import
            </button>
            <button type="button" className="btn-secondary" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
