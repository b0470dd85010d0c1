"use client";

type Props = { url: string; inputId: string; onResult: (message: string) => void };

/** Clipboard API first; where it is refused, select the link so the user can copy it by hand. */
export function CopyLinkButton({ url, inputId, onResult }: Props) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      onResult("Link copied to the clipboard.");
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      onResult("Could not reach the clipboard: the link is selected, press Ctrl+C (⌘C) to copy it.");
    }
  }
  return (
    <button type="button" onClick={copy} className="btn-secondary">
      Copy link
    </button>
  );
}
