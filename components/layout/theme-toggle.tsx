"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY } from "@/client/theme-key";

function subscribe(onChange: () => void) {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    media.removeEventListener("change", onChange);
    observer.disconnect();
  };
}

function isDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "dark" || chosen === "light") return chosen === "dark";
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Follows the system until pressed; then remembers the choice in this browser. */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  function toggle() {
    const next = dark ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  }
  return (
    <button type="button" aria-pressed={dark} onClick={toggle} className="rounded-md border border-line/60 px-2 py-1 text-sm">
      <span aria-hidden="true">{dark ? "☾ " : "☀ "}</span>
      Dark mode
    </button>
  );
}
