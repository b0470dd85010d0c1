"use client";

import { lazy, Suspense, type ReactNode } from "react";

// Guest-only code is fetched by guests alone, so signed-in pages never carry it. The server still
// renders it; a guest's browser hydrates it once its chunk has arrived.
const GuestSkillsBoard = lazy(() => import("./guest-skills-board").then((m) => ({ default: m.GuestSkillsBoard })));
const GuestDashboard = lazy(() => import("./guest-dashboard").then((m) => ({ default: m.GuestDashboard })));

/** `fallback`: what shows until the chunk arrives (on a cached shell, the same-size loading board). */
export function GuestSkillsView({ fallback = null }: { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <GuestSkillsBoard />
    </Suspense>
  );
}

export function GuestDashboardView({ fallback = null }: { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <GuestDashboard />
    </Suspense>
  );
}
