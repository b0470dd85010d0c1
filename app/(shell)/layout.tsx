import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { AccountArea } from "@/components/shell/account-area";
import { ShellMergeGate } from "@/components/shell/shell-merge-gate";

/**
 * Pages served from the cache to everyone (README, "Performance"): the same HTML for every visitor,
 * so nothing here may read the session. What depends on the user comes from GET /api/me, asked for
 * in the document's head (components/shell/account-area.tsx) so it is on its way before the scripts arrive.
 */
export default function ShellLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader>
        <AccountArea />
      </SiteHeader>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <ShellMergeGate />
        {children}
      </main>
    </>
  );
}
