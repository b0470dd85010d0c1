import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RouteAnnouncer } from "@/components/layout/route-announcer";
import { THEME_BOOT_SCRIPT } from "@/server/security/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rungs: back-end readiness tracker", template: "%s · Rungs" },
  description:
    "Track your back-end skills level by level and see how ready you are for a Junior, Mid-level and Senior job.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before React hydrates: expected, not a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Allowed by its hash on every page (proxy.ts, server/security/cache-handler.mjs), so no nonce. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
        <RouteAnnouncer />
      </body>
    </html>
  );
}
