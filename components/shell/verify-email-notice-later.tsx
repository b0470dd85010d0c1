"use client";

import { lazy, Suspense } from "react";

// Only unverified users see it, below the page's own content (its arrival moves nothing): its code
// is fetched when it is shown, not with every shell page's first load.
const VerifyEmailNotice = lazy(() => import("@/components/auth/verify-email-notice").then((m) => ({ default: m.VerifyEmailNotice })));

/** The verify-email notice on a cached shell page, its code loaded when it is shown. */
export function VerifyEmailNoticeLater(props: { email: string; mailOff: string | null }) {
  return (
    <Suspense fallback={null}>
      <VerifyEmailNotice {...props} />
    </Suspense>
  );
}
