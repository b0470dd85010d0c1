"use client";

import { lazy, Suspense, useState } from "react";
import { useHydrated } from "@/client/use-hydrated";

// 34 of these on the Skills page: the rubric text (every statement of every skill) loads with
// the first one opened, not with the page.
const RubricLevels = lazy(() => import("./rubric-levels").then((m) => ({ default: m.RubricLevels })));

/** One Tab stop per skill: a disclosure button revealing every level's statements and the docs. */
export function RubricDisclosure({ skillId, skillName }: { skillId: string; skillName: string }) {
  const [open, setOpen] = useState(false);
  // A click before hydration would be lost; the button waits (a split second) instead.
  const hydrated = useHydrated();
  const panelId = `rubric-${skillId}`;
  return (
    <div className="rubric-disclosure">
      <button
        type="button"
        data-rubric-toggle=""
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`What the levels mean: ${skillName}`}
        disabled={!hydrated}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
        What the levels mean
      </button>
      <div id={panelId} hidden={!open}>
        {open ? (
          <Suspense fallback={<p>Loading…</p>}>
            <RubricLevels skillId={skillId} skillName={skillName} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
