"use client";

import { lazy, Suspense } from "react";

// Guest-only code is fetched by guests alone, so signed-in pages never carry it. The server still
// renders it; a guest's browser hydrates it once its chunk has arrived.
const GuestSkillsBoard = lazy(() => import("./guest-skills-board").then((m) => ({ default: m.GuestSkillsBoard })));
const GuestDashboard = lazy(() => import("./guest-dashboard").then((m) => ({ default: m.GuestDashboard })));

export function GuestSkillsView() {
  return (
    <Suspense fallback={null}>
      <GuestSkillsBoard />
    </Suspense>
  );
}

export function GuestDashboardView() {
  return (
    <Suspense fallback={null}>
      <GuestDashboard />
    </Suspense>
  );
}
