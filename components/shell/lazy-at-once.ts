import { lazy, type ComponentType } from "react";

/**
 * React.lazy whose chunk starts loading as soon as the calling module runs in the browser, not on
 * first render: a shell page's signed-in code then travels beside its read (GET /api/me) instead
 * of after it. On the server nothing starts; the first render loads it as plain lazy would.
 */
export function lazyAtOnce<P>(load: () => Promise<ComponentType<P>>) {
  const imported = () => load().then((component) => ({ default: component }));
  const started = typeof window === "undefined" ? null : imported();
  return lazy(() => started ?? imported());
}
