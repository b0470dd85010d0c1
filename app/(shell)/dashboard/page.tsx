import type { Metadata } from "next";
import { DashboardArea } from "@/components/shell/dashboard-area";
import { DashboardSkeleton } from "@/components/shell/dashboard-skeleton";

export const metadata: Metadata = { title: "Dashboard" };

// Served from the cache with a hash-based CSP (server/security/csp-routing.ts), like /skills: the
// user's numbers come from GET /api/me?view=dashboard, the one read the header shares.
export const dynamic = "error";

export default function DashboardPage() {
  return (
    <>
      <noscript>
        <p role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-danger">
          Your readiness loads with JavaScript. Turn it on for this site to see it.
        </p>
      </noscript>
      <DashboardArea skeleton={<DashboardSkeleton />} />
    </>
  );
}
