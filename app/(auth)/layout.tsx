import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
        {children}
      </main>
    </>
  );
}
