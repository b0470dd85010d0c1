/** A labelled text input, named after its id. */
export function Field({ id, label, type = "text", autoComplete }: { id: string; label: string; type?: string; autoComplete?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input id={id} name={id} type={type} autoComplete={autoComplete} className="rounded-md border border-line bg-surface px-3 py-2" />
    </div>
  );
}
