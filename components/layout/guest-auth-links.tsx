import Link from "next/link";

/** The header's Log in and Sign up for a visitor (README, "Prefetch policy": followed once, not prefetched). */
export function GuestAuthLinks() {
  return (
    <>
      <Link prefetch={false} href="/login" className="btn-secondary py-1">
        Log in
      </Link>
      <Link prefetch={false} href="/signup" className="btn-primary py-1">
        Sign up
      </Link>
    </>
  );
}
