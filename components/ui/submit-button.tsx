"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="btn-primary" onClick={(e) => pending && e.preventDefault()}>
      {pending ? <span aria-live="polite">{pendingLabel}</span> : label}
    </button>
  );
}
