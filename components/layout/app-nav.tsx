"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/skills", label: "Skills" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/notes", label: "Notes" },
  { href: "/settings", label: "Settings" },
] as const;

export function AppNav({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  const links = signedIn ? LINKS : LINKS.filter((l) => l.href === "/skills" || l.href === "/dashboard");
  return (
    <nav aria-label="Main">
      <ul className="flex gap-1">
        {links.map(({ href, label }) => {
          const current = pathname === href;
          return (
            <li key={href}>
              <Link
                // Prefetched (README, "Prefetch policy"): without it Next announces the page's h1, not its title.
                prefetch="auto"
                href={href}
                aria-current={current ? "page" : undefined}
                className={`rounded-md px-3 py-1 font-medium ${current ? "bg-accent-soft underline underline-offset-4" : "hover:bg-accent-soft"}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
