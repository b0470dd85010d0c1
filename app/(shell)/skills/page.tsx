import type { Metadata } from "next";
import { SkillsArea } from "@/components/shell/skills-area";

export const metadata: Metadata = { title: "Skills" };

// Served from the cache with a hash-based CSP (server/security/csp-routing.ts) to signed-in users and
// visitors alike: reading cookies or headers here must fail the build, not leak one user's page.
export const dynamic = "error";

export default function SkillsPage() {
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Your skills</h1>
        <p className="text-muted">
          Pick your level for each skill. Every change saves at once. Under each skill you see what a Junior, a
          Mid-level and a Senior job asks for.
        </p>
      </div>
      <noscript>
        <p role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-danger">
          Your levels load and save with JavaScript. Turn it on for this site to see and change them.
        </p>
      </noscript>
      <SkillsArea />
    </>
  );
}
