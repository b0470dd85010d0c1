"use client";

import { lazy, Suspense, useEffect, useState } from "react";

// The list of shortcuts is read by few and never at first paint: its code loads on the first request.
const ShortcutsDialog = lazy(() => import("./shortcuts-dialog").then((m) => ({ default: m.ShortcutsDialog })));

export function ShortcutsHelp() {
  const [openCount, setOpenCount] = useState(0);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input:not([type=radio]):not([type=checkbox]), textarea, [contenteditable]");
      const open = document.querySelector("dialog[open]");
      if (event.key === "?" && !typing && !open) {
        event.preventDefault();
        setOpenCount((n) => n + 1);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button type="button" className="btn-secondary py-1 text-sm" onClick={() => setOpenCount((n) => n + 1)}>
        Keyboard shortcuts
      </button>
      {openCount > 0 ? (
        <Suspense fallback={null}>
          <ShortcutsDialog openCount={openCount} />
        </Suspense>
      ) : null}
    </>
  );
}
