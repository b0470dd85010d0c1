/** Where a flow needs mail and this server sends none (EMAIL=off). */
export function MailOffNotice({ message, detail }: { message: string; detail?: string }) {
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2">
      <p className="font-medium">
        <span aria-hidden="true">ⓘ </span>
        {message}
      </p>
      {detail ? <p className="text-sm text-muted">{detail}</p> : null}
    </div>
  );
}
