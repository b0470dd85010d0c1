import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="text-muted">There is nothing here. If someone shared this link, their profile may be private.</p>
        <p>
          <Link prefetch={false} href="/" className="underline">
            Go to the home page
          </Link>
        </p>
      </main>
    </>
  );
}
