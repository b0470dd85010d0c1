"use client";

import { GuestAuthLinks } from "@/components/layout/guest-auth-links";
import { useEffect, useRef } from "react";
import { forgetSignedInUser, useMe, useMeUrl } from "@/client/me";
import { AppNav } from "@/components/layout/app-nav";
import { LogOutButton } from "@/components/auth/log-out-button";

/**
 * The header's user-dependent part on pages served from the cache: the (app) layout's Main
 * navigation and account links, fed by GET /api/me instead of the request's cookie.
 */
export function AccountArea() {
  const { data: me, isPending } = useMe();
  const meUrl = useMeUrl();
  const loggingOut = useRef(false);

  // Signed out (here, in another tab, or the session ended): nothing of a previous user stays in memory.
  useEffect(() => {
    if (me === null) forgetSignedInUser();
  }, [me]);
  // Log out leaves for the landing page, unmounting the shell: forget everything once it has.
  useEffect(() => () => (loggingOut.current ? forgetSignedInUser() : undefined), []);

  return (
    <div className="flex flex-wrap items-center gap-3">
      {/* React hoists this into the document's head, so the read starts before any script. Rendered
          here, in a client component: in a server component it travels in the RSC payload, and every
          page prefetching /skills or /dashboard (the Main navigation) fetched their read too. The
          page's own URL (useMeUrl): the Dashboard's read carries its numbers, and the header shares it. */}
      <link rel="preload" href={meUrl} as="fetch" crossOrigin="use-credentials" />
      {/* The signed-in links' room stays for a visitor too: the header is right-aligned, so giving it
          back when the read answers would move the visible links (layout shift). */}
      <AppNav signedIn={Boolean(me)} reserve={isPending || !me} />
      {/* A fixed width, room for Log in and Sign up (and from sm on for the name too): nothing around it moves when its content arrives. */}
      <div className="flex w-48 items-center justify-end gap-3 sm:w-60">
        {isPending ? (
          // The signed-in links' room (a hidden Log out button; the name is not shown on phones, and
          // on wider screens the box's fixed width keeps the room), so nothing moves when they arrive.
          <span aria-busy="true" className="btn-secondary invisible py-1">
            Log out
          </span>
        ) : me ? (
          <div className="flex min-w-0 items-center gap-3" onSubmitCapture={() => (loggingOut.current = true)}>
            <span className="hidden max-w-32 truncate text-sm text-muted sm:inline">{me.name ?? me.email}</span>
            <LogOutButton />
          </div>
        ) : (
          <GuestAuthLinks />
        )}
      </div>
    </div>
  );
}
