"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/skills", label: "Skills" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/notes", label: "Notes" },
  { href: "/settings", label: "Settings" },
] as const;

const GUEST_LINKS: readonly (typeof LINKS)[number][] = LINKS.filter((l) => l.href === "/skills" || l.href === "/dashboard");

/**
 * `reserve`: not known yet who is signed in (a cached shell before GET /api/me answers). The signed-in
 * links' room is kept, empty and hidden, so the header does not grow (or wrap) when they arrive.
 */
export function AppNav({ signedIn, reserve = false }: { signedIn: boolean; reserve?: boolean }) {
  const pathname = usePathname();
  const links = signedIn ? LINKS : GUEST_LINKS;
  return (
    <nav aria-label="Main">
      <ul className="flex gap-1">
        {reserve
          ? LINKS.filter((l) => !links.includes(l)).map(({ href, label }) => (
              <li key={href} aria-hidden="true" className="invisible order-last">
                <span className="rounded-md px-3 py-1 font-medium">{label}</span>
              </li>
            ))
          : null}
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
