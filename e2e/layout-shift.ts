import type { Page } from "@playwright/test";

/** The page's cumulative layout shift so far (Chromium's layout-shift entries, user input excluded). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );
}

export const PHONE_AND_DESKTOP = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
] as const;
