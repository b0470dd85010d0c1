import Link from "next/link";
import { TOKEN_FAILED_MESSAGE } from "@/lib/token-policy";

/** A used, expired, tampered or unknown mail link: one message for all, and where to get a new one. */
export function LinkFailed({ href, label }: { href: "/forgot-password" | "/dashboard" | "/settings"; label: string }) {
  return (
    <div role="alert" className="flex flex-col gap-3 rounded-md border border-danger bg-danger-soft px-3 py-2">
      <p className="text-danger">
        <span aria-hidden="true">⚠ </span>
        {TOKEN_FAILED_MESSAGE}.
      </p>
      <p>
        <Link href={href} prefetch={false} className="underline">
          {label}
        </Link>
      </p>
    </div>
  );
}
