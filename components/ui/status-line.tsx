"use client";

import { useSaveFeedback } from "@/client/save-feedback";

/** The page's one role="status" line: the latest confirmation, in text with an icon. */
export function StatusLine({ className = "" }: { className?: string }) {
  const { status } = useSaveFeedback();
  return (
    <p role="status" className={`min-h-6 font-medium text-ok ${className}`}>
      {status ? (
        <>
          <span aria-hidden="true">✓ </span>
          {status}
        </>
      ) : null}
    </p>
  );
}
