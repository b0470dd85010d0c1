"use client";

import { isServer, notifyManager, QueryClient } from "@tanstack/react-query";
import { onSignedOut } from "./me";

function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 }, mutations: { retry: 0 } } });
}

let browserQueryClient: QueryClient | undefined;

// Deliver cache updates synchronously: an optimistic level set in a click handler must reach the
// controlled radio before React restores the input's previous state at the end of the event.
if (!isServer) notifyManager.setScheduler((callback) => callback());

// Nobody signed in any more (client/me.ts): no level of the previous user stays in this tab.
if (!isServer) onSignedOut(() => browserQueryClient?.clear());

/**
 * One client per browser tab: the router may remount this subtree (a refresh after sign-in sets
 * the cookie), and an optimistic level must survive that. Code outside the provider (the guest
 * merge prompt) writes to the same client.
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
