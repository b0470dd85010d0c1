/**
 * A tiny cache of JSON reads by URL, for the shells' one read (client/me.ts) without a query library
 * on every shell page (README, "Performance": first-load JavaScript). The semantics are the ones the
 * read had under TanStack Query: one fetch per URL while someone watches it, fresh for `staleTime`,
 * one retry, a read's answer dropped as soon as nobody watches it (gcTime 0), and a refetch that
 * keeps the shown answer until the new one arrives.
 */

export type ReadSnapshot<T> =
  | { status: "pending"; data: undefined; error: null }
  | { status: "success"; data: T; error: null }
  | { status: "error"; data: T | undefined; error: Error };

export type ReadStoreOptions = {
  /** How long an answer is fresh: a new watcher, or the tab coming back, reads it again after that. */
  staleTime: number;
  /** Wait before the one retry of a failed read. */
  retryDelay: number;
  now?: () => number;
  /** Schedules the drop of an unwatched read; a watcher arriving before it runs keeps it (React's remounts). */
  defer?: (run: () => void) => () => void;
};

type Entry<T> = {
  snapshot: ReadSnapshot<T>;
  updatedAt: number;
  listeners: Set<() => void>;
  /** Bumped by every fetch, so the answer of a superseded one is ignored. */
  generation: number;
  fetching: boolean;
  cancelDrop: (() => void) | null;
};

export type ReadStore<T> = ReturnType<typeof createReadStore<T>>;

const PENDING = { status: "pending", data: undefined, error: null } as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function defaultDefer(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

export function createReadStore<T>(fetcher: (url: string) => Promise<T>, options: ReadStoreOptions) {
  const { staleTime, retryDelay, now = Date.now, defer = defaultDefer } = options;
  const entries = new Map<string, Entry<T>>();

  function set(entry: Entry<T>, snapshot: ReadSnapshot<T>) {
    entry.snapshot = snapshot;
    for (const listener of [...entry.listeners]) listener();
  }

  async function run(url: string, entry: Entry<T>): Promise<void> {
    const generation = ++entry.generation;
    entry.fetching = true;
    // With nothing shown yet, a new attempt (Try again) is loading again; with an answer shown, it stays until replaced.
    if (entry.snapshot.data === undefined && entry.snapshot.status !== "pending") set(entry, PENDING);
    let outcome: { data: T } | { error: Error };
    try {
      outcome = { data: await fetcher(url) };
    } catch {
      await wait(retryDelay);
      if (generation !== entry.generation) return;
      try {
        outcome = { data: await fetcher(url) };
      } catch (reason) {
        outcome = { error: asError(reason) };
      }
    }
    if (generation !== entry.generation) return;
    entry.fetching = false;
    if ("data" in outcome) {
      entry.updatedAt = now();
      set(entry, { status: "success", data: outcome.data, error: null });
    } else {
      set(entry, { status: "error", data: entry.snapshot.data, error: outcome.error });
    }
    if (entry.listeners.size === 0) scheduleDrop(url, entry);
  }

  function scheduleDrop(url: string, entry: Entry<T>) {
    entry.cancelDrop?.();
    entry.cancelDrop = defer(() => {
      entry.cancelDrop = null;
      if (entry.listeners.size > 0 || entries.get(url) !== entry) return;
      entries.delete(url);
      // A fetch still on its way lands in a dropped entry: nobody sees it.
      entry.generation++;
    });
  }

  function isStale(entry: Entry<T>): boolean {
    return entry.snapshot.status !== "success" || now() - entry.updatedAt >= staleTime;
  }

  return {
    /** What the read shows now; the same object until it changes (useSyncExternalStore). */
    get(url: string): ReadSnapshot<T> {
      return entries.get(url)?.snapshot ?? PENDING;
    },

    /** Watches a read: the first watcher of a missing or stale read fetches it. */
    subscribe(url: string, listener: () => void): () => void {
      let entry = entries.get(url);
      if (!entry) {
        entry = { snapshot: PENDING, updatedAt: 0, listeners: new Set(), generation: 0, fetching: false, cancelDrop: null };
        entries.set(url, entry);
      }
      entry.cancelDrop?.();
      entry.cancelDrop = null;
      const first = entry.listeners.size === 0;
      entry.listeners.add(listener);
      if (first && !entry.fetching && isStale(entry)) void run(url, entry);
      const watched = entry;
      return () => {
        watched.listeners.delete(listener);
        if (watched.listeners.size === 0 && !watched.fetching) scheduleDrop(url, watched);
      };
    },

    /** Reads again now (Try again), superseding a fetch on its way. */
    refetch(url: string): Promise<void> {
      const entry = entries.get(url);
      return entry ? run(url, entry) : Promise.resolve();
    },

    /** After a write the reads show: every watched read is read again; the others are dropped anyway. */
    invalidate(): void {
      for (const [url, entry] of entries) {
        if (entry.listeners.size > 0) void run(url, entry);
        else entry.updatedAt = 0;
      }
    },

    /** Reads again every watched read older than staleTime (the tab is shown again). */
    refreshStale(): void {
      for (const [url, entry] of entries) {
        if (entry.listeners.size > 0 && !entry.fetching && entry.snapshot.status === "success" && isStale(entry)) void run(url, entry);
      }
    },
  };
}
