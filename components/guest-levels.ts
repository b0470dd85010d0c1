"use client";

import { useSyncExternalStore } from "react";
import { guestLevelsSchema } from "@/lib/level-schemas";
import type { Level } from "@/lib/levels";

/** A guest's levels live in this browser only, under one localStorage key. */
const KEY = "rungs.guestLevels.v1";
const EMPTY: Record<string, Level> = {};

let cachedRaw: string | null = null;
let cachedValue: Record<string, Level> = EMPTY;
const listeners = new Set<() => void>();

function read(): Record<string, Level> {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return EMPTY;
  }
  if (raw === cachedRaw) return cachedValue;
  cachedRaw = raw;
  const parsed = raw ? guestLevelsSchema.safeParse(safeJson(raw)) : null;
  cachedValue = parsed?.success ? (parsed.data as Record<string, Level>) : EMPTY;
  return cachedValue;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function notify() {
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function setGuestLevel(skillId: string, level: Level): void {
  const next = { ...read(), [skillId]: level };
  window.localStorage.setItem(KEY, JSON.stringify(next));
  notify();
}

export function clearGuestLevels(): void {
  window.localStorage.removeItem(KEY);
  notify();
}

/** The guest's levels; empty on the server and until the browser has been read. */
export function useGuestLevels(): Record<string, Level> {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** Levels above None only: what a merge would bring in. */
export function countGuestLevels(levels: Record<string, Level>): number {
  return Object.values(levels).filter((l) => l > 0).length;
}
