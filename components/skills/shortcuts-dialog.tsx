"use client";

import { useEffect, useRef } from "react";

/** A native <dialog>: it traps focus, closes on Escape and gives focus back to the opener. */
export function ShortcutsDialog({ openCount }: { openCount: number }) {
  const dialog = useRef<HTMLDialogElement>(null);

  // Each request to open (button or "?") counts up; the first one is what mounts this dialog.
  useEffect(() => {
    if (openCount > 0 && !dialog.current?.open) dialog.current?.showModal();
  }, [openCount]);

  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-title" className="m-auto max-w-md rounded-lg border border-line bg-surface p-5 text-ink backdrop:bg-black/50">
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt><kbd>Tab</kbd> / <kbd>Shift+Tab</kbd></dt>
        <dd>Next / previous skill</dd>
        <dt><kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd></dt>
        <dd>Move between levels of the focused skill (saves at once)</dd>
        <dt><kbd>0</kbd> <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd></dt>
        <dd>Set the focused skill to None, Beginner, Intermediate or Expert</dd>
        <dt><kbd>R</kbd></dt>
        <dd>Show or hide what the levels of the focused skill mean</dd>
        <dt><kbd>?</kbd></dt>
        <dd>Open this help</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>Close this help</dd>
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="btn-primary py-1">
          Close
        </button>
      </form>
    </dialog>
  );
}
