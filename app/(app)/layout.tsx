import type { ReactNode } from "react";
import { AppNav } from "@/components/app-nav";
import { LogOutButton } from "@/components/log-out-button";
import { QueryProvider } from "@/components/query-provider";
import { SiteHeader } from "@/components/site-header";
import { requireUser } from "@/server/current-user";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader>
        <div className="flex flex-wrap items-center gap-3">
          <AppNav />
          <span className="hidden text-sm text-muted sm:inline">{user.name ?? user.email}</span>
          <LogOutButton />
        </div>
      </SiteHeader>
      <QueryProvider>
        <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
          {children}
        </main>
      </QueryProvider>
    </>
  );
}
