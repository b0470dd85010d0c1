import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { GuestMergeGate } from "@/components/guest/guest-merge-gate";
import { LogOutButton } from "@/components/auth/log-out-button";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/server/current-user";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader>
        <div className="flex flex-wrap items-center gap-3">
          <AppNav signedIn={user !== null} />
          {user ? (
            <>
              <span className="hidden text-sm text-muted sm:inline">{user.name ?? user.email}</span>
              <LogOutButton />
            </>
          ) : (
            <>
              <Link prefetch={false} href="/login" className="btn-secondary py-1">
                Log in
              </Link>
              <Link prefetch={false} href="/signup" className="btn-primary py-1">
                Sign up
              </Link>
            </>
          )}
        </div>
      </SiteHeader>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        {user ? <GuestMergeGate ownerId={user.id} /> : null}
        {children}
      </main>
    </>
  );
}
