"use client";

import { useLayoutEffect } from "react";

/**
 * Next.js announces client-side navigations in a hidden element with role="alert". We give it a
 * polite live region without a role instead, created before its own effect runs (layout effects come
 * first), so role="alert" on a page only ever means an error the user should act on, and role="status" is ours.
 */
export function RouteAnnouncer() {
  useLayoutEffect(() => {
    if (document.getElementsByName("next-route-announcer")[0]) return;
    const host = document.createElement("next-route-announcer");
    host.setAttribute("name", "next-route-announcer");
    host.style.cssText = "position:absolute";
    const region = document.createElement("div");
    region.id = "__next-route-announcer__";
    region.setAttribute("aria-live", "polite");
    region.setAttribute("aria-atomic", "true");
    region.style.cssText =
      "position:absolute;border:0;height:1px;margin:-1px;padding:0;width:1px;clip:rect(0 0 0 0);overflow:hidden;white-space:nowrap";
    host.attachShadow({ mode: "open" }).appendChild(region);
    document.body.appendChild(host);
  }, []);
  return null;
}
