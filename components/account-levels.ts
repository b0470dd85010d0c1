"use client";

import { useEffect, useSyncExternalStore } from "react";
import { getMyLevelsAction, setSkillLevelAction } from "@/app/(app)/skills/actions";
import type { Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";

/**
 * The signed-in user's levels on the Skills page, kept in this tab: a remount (the router refreshes
 * after sign-in, or the user comes back to the page) keeps an optimistic level and what the server
 * confirmed. A small store rather than a query library, whose size alone would put the page over
 * its first-load JavaScript budget.
 */
export type Levels = Record<string, Level>;
export type AccountLevelsSeed = { ownerId: string; levels: Levels; readiness: ReadinessSummary };
export type AccountLevelsView = { levels: Levels; readiness: ReadinessSummary; saving: boolean };
export type SaveOutcome = { ok: true } | { ok: false; error: unknown };

type State = AccountLevelsSeed & {
  /** Saves sent and not answered yet. */
  pending: number;
  updatedAt: number;
  /** Bumped by every change of levels, so a re-read that started before one is dropped. */
  version: number;
};

// Levels older than this are read again when the page mounts or the tab is shown again.
const STALE_MS = 30_000;

let state: State | null = null;
let refreshing = false;
const listeners = new Set<() => void>();

function commit(next: State): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The store for this user, seeded from the server's render the first time (or after another user). */
function ensure(seed: AccountLevelsSeed): State {
  if (state && state.ownerId === seed.ownerId) return state;
  const fresh: State = { ...seed, pending: 0, updatedAt: Date.now(), version: 0 };
  commit(fresh);
  return fresh;
}

async function refreshIfStale(): Promise<void> {
  const start = state;
  if (!start || refreshing || start.pending > 0 || Date.now() - start.updatedAt < STALE_MS) return;
  refreshing = true;
  try {
    const result = await getMyLevelsAction();
    const now = state;
    // A level chosen meanwhile wins over what was read before it.
    if (!result.ok || !now || now.ownerId !== start.ownerId || now.version !== start.version || now.pending > 0) return;
    const readiness = summarizeReadiness(computeReadiness(result.data));
    commit({ ...now, levels: result.data, readiness, updatedAt: Date.now(), version: now.version + 1 });
  } catch {
    // Offline or signed out: keep what is shown; the next time the tab is shown tries again.
  } finally {
    refreshing = false;
  }
}

export function useAccountLevels(seed: AccountLevelsSeed): AccountLevelsView {
  // Module state must never reach the server render: it would be shared by every request.
  const current = useSyncExternalStore(subscribe, () => state, () => null);
  const { ownerId, levels, readiness } = seed;
  useEffect(() => {
    ensure({ ownerId, levels, readiness });
    void refreshIfStale();
    const onShow = () => {
      if (document.visibilityState === "visible") void refreshIfStale();
    };
    document.addEventListener("visibilitychange", onShow);
    window.addEventListener("online", onShow);
    return () => {
      document.removeEventListener("visibilitychange", onShow);
      window.removeEventListener("online", onShow);
    };
  }, [ownerId, levels, readiness]);
  if (current && current.ownerId === ownerId) {
    return { levels: current.levels, readiness: current.readiness, saving: current.pending > 0 };
  }
  return { levels, readiness, saving: false };
}

/**
 * Shows the new level at once, synchronously, so the controlled radio never snaps back. Returns
 * the level it replaces, or null when nothing changes.
 */
export function showLevel(seed: AccountLevelsSeed, skillId: string, level: Level): Level | null {
  const current = ensure(seed);
  if (current.levels[skillId] === level) return null;
  commit({
    ...current,
    levels: { ...current.levels, [skillId]: level },
    pending: current.pending + 1,
    updatedAt: Date.now(),
    version: current.version + 1,
  });
  return current.levels[skillId] ?? 0;
}

/** Saves a level shown by showLevel; on failure puts back the previous one, unless a newer choice replaced it. */
export async function saveLevel(skillId: string, level: Level, previous: Level): Promise<SaveOutcome> {
  const ownerId = state?.ownerId;
  const mine = () => (state && state.ownerId === ownerId ? state : null);
  try {
    const result = await setSkillLevelAction({ skillId, level });
    if (!result.ok) throw new Error(result.error);
    const now = mine();
    // A newer save still in flight will bring fresher numbers.
    if (now && now.pending <= 1) commit({ ...now, readiness: result.data.readiness });
    return { ok: true };
  } catch (error) {
    const now = mine();
    if (now && now.levels[skillId] === level) {
      commit({ ...now, levels: { ...now.levels, [skillId]: previous }, updatedAt: Date.now(), version: now.version + 1 });
    }
    return { ok: false, error };
  } finally {
    const now = mine();
    if (now) commit({ ...now, pending: Math.max(0, now.pending - 1) });
  }
}

/** After a merge: the account's new levels and readiness, if this tab already shows them. */
export function replaceAccountLevels(levels: Levels, readiness: ReadinessSummary): void {
  if (state) commit({ ...state, levels, readiness, updatedAt: Date.now(), version: state.version + 1 });
}
