/** What a cached shell shows when its JSON read failed (a visitor's `null` is not a failure): the server's message and a retry. */
export function ReadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-danger bg-danger-soft px-3 py-2 text-danger">
      <span>
        <span aria-hidden="true">⚠ </span>
        {message}
      </span>
      <button type="button" className="btn-secondary py-1" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
