import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { CATEGORIES, SKILLS } from "@/lib/roadmap";

// Served from the cache with a hash-based CSP (server/security/csp-routing.ts): reading cookies or headers
// here must fail the build rather than quietly drop the page's policy.
export const dynamic = "error";

export default function LandingPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-8 px-4 py-12">
        <section className="flex flex-col gap-4">
          <h1 className="text-3xl font-bold sm:text-4xl">Climb the back-end roadmap, one rung at a time.</h1>
          <p className="text-lg text-muted">
            Rungs tracks your level in each of the {SKILLS.length} skills of the Back-End roadmap, in{" "}
            {CATEGORIES.length} areas from networking to the cloud. Mark each skill None, Beginner,
            Intermediate or Expert, and see at once how ready you are for a Junior, a Mid-level and a
            Senior job: a percentage per tier, what you already meet and what is still missing.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link prefetch={false} href="/signup" className="btn-primary">
              Sign up
            </Link>
            <Link prefetch={false} href="/login" className="btn-secondary">
              Log in
            </Link>
          </div>
        </section>
        <section aria-labelledby="how" className="flex flex-col gap-3">
          <h2 id="how" className="text-xl font-semibold">
            How it works
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            <li>Create a free account with your email.</li>
            <li>Set your level for each skill; every change saves at once.</li>
            <li>Open your readiness page to see each tier&apos;s percentage and the gaps to close next.</li>
          </ol>
        </section>
      </main>
    </>
  );
}
