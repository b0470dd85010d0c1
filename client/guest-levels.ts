"use client";

import { useSyncExternalStore } from "react";
import { isLevel, type Level } from "@/lib/levels";
import { isSkillId } from "@/lib/roadmap";
import { GUEST_LEVELS_KEY as KEY } from "./guest-levels-key";
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
  cachedValue = raw ? clean(safeJson(raw)) : EMPTY;
  return cachedValue;
}

/** Keeps only roadmap skills with a valid level: whatever else is in storage is ignored. */
function clean(value: unknown): Record<string, Level> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return EMPTY;
  const out: Record<string, Level> = {};
  for (const [skillId, level] of Object.entries(value)) if (isSkillId(skillId) && isLevel(level)) out[skillId] = level;
  return out;
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
