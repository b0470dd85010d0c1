import type { ReactNode } from "react";
import { GuestAuthLinks } from "@/components/layout/guest-auth-links";
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
            <GuestAuthLinks />
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
