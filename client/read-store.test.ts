import { describe, expect, it } from "vitest";
import { createReadStore } from "./read-store";

/** A fetcher whose answers the test gives by hand, one pending call at a time. */
function manualFetcher<T>() {
  const calls: { url: string; resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const fetcher = (url: string) => new Promise<T>((resolve, reject) => calls.push({ url, resolve, reject }));
  return { fetcher, calls };
}

const flush = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function setup(options: { staleTime?: number } = {}) {
  const { fetcher, calls } = manualFetcher<string | null>();
  let clock = 1_000;
  const drops: (() => void)[] = [];
  const store = createReadStore(fetcher, {
    staleTime: options.staleTime ?? 30_000,
    retryDelay: 0,
    now: () => clock,
    defer: (run) => {
      drops.push(run);
      return () => drops.splice(drops.indexOf(run), 1);
    },
  });
  return { store, calls, drops, advance: (ms: number) => (clock += ms), runDrops: () => drops.splice(0).forEach((run) => run()) };
}

describe("createReadStore", () => {
  it("makes one fetch for every watcher of a URL and tells each of them the answer", async () => {
    const { store, calls } = setup();
    let seen = 0;
    store.subscribe("/a", () => seen++);
    store.subscribe("/a", () => seen++);
    expect(calls).toHaveLength(1);
    expect(store.get("/a")).toMatchObject({ status: "pending", data: undefined });
    calls[0]!.resolve("me");
    await flush();
    expect(store.get("/a")).toEqual({ status: "success", data: "me", error: null });
    expect(seen).toBe(2);
  });

  it("keeps null (signed out) as an answer, not an error", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.resolve(null);
    await flush();
    expect(store.get("/a")).toEqual({ status: "success", data: null, error: null });
  });

  it("gives the same snapshot object until something changes", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.resolve("me");
    await flush();
    expect(store.get("/a")).toBe(store.get("/a"));
  });

  it("retries a failed read once, then reports the second failure's message", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.reject(new Error("first"));
    await flush();
    expect(calls).toHaveLength(2);
    expect(store.get("/a").status).toBe("pending");
    calls[1]!.reject(new Error("Database unavailable"));
    await flush();
    expect(store.get("/a")).toMatchObject({ status: "error", data: undefined });
    expect(store.get("/a").error?.message).toBe("Database unavailable");
    expect(calls).toHaveLength(2);
  });

  it("answers with the retry when it succeeds", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.reject(new Error("cut off"));
    await flush();
    calls[1]!.resolve("me");
    await flush();
    expect(store.get("/a")).toEqual({ status: "success", data: "me", error: null });
  });

  it("Try again after a failure shows loading, then the answer", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.reject(new Error("x"));
    await flush();
    calls[1]!.reject(new Error("y"));
    await flush();
    void store.refetch("/a");
    expect(store.get("/a")).toMatchObject({ status: "pending", error: null });
    calls[2]!.resolve("me");
    await flush();
    expect(store.get("/a")).toEqual({ status: "success", data: "me", error: null });
  });

  it("drops a read nobody watches, so the next watcher fetches again", async () => {
    const { store, calls, runDrops } = setup();
    const stop = store.subscribe("/a", () => {});
    calls[0]!.resolve("alice");
    await flush();
    stop();
    runDrops();
    expect(store.get("/a").status).toBe("pending");
    store.subscribe("/a", () => {});
    expect(calls).toHaveLength(2);
  });

  it("keeps a read when a watcher comes back before the drop runs (a remount), without fetching again", async () => {
    const { store, calls, drops } = setup();
    const stop = store.subscribe("/a", () => {});
    calls[0]!.resolve("alice");
    await flush();
    stop();
    store.subscribe("/a", () => {});
    expect(drops).toHaveLength(0);
    expect(store.get("/a").data).toBe("alice");
    expect(calls).toHaveLength(1);
  });

  it("drops an unwatched read only once its fetch has answered, and nobody sees that answer", async () => {
    const { store, calls, drops, runDrops } = setup();
    const stop = store.subscribe("/a", () => {});
    stop();
    expect(drops).toHaveLength(0);
    calls[0]!.resolve("alice");
    await flush();
    runDrops();
    expect(store.get("/a").status).toBe("pending");
  });

  it("invalidate reads every watched URL again, showing the old answer until the new one arrives", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.resolve("old");
    await flush();
    store.invalidate();
    expect(calls).toHaveLength(2);
    expect(store.get("/a")).toMatchObject({ status: "success", data: "old" });
    calls[1]!.resolve("new");
    await flush();
    expect(store.get("/a").data).toBe("new");
  });

  it("ignores the answer of a fetch superseded by a newer one", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    store.invalidate();
    calls[1]!.resolve("new");
    await flush();
    calls[0]!.resolve("old");
    await flush();
    expect(store.get("/a").data).toBe("new");
  });

  it("keeps a failed refetch's previous answer beside the error", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    calls[0]!.resolve("old");
    await flush();
    void store.refetch("/a");
    calls[1]!.reject(new Error("a"));
    await flush();
    calls[2]!.reject(new Error("b"));
    await flush();
    expect(store.get("/a")).toMatchObject({ status: "error", data: "old" });
  });

  it("refreshes only watched answers older than staleTime", async () => {
    const { store, calls, advance } = setup({ staleTime: 30_000 });
    store.subscribe("/a", () => {});
    calls[0]!.resolve("me");
    await flush();
    store.refreshStale();
    expect(calls).toHaveLength(1);
    advance(30_000);
    store.refreshStale();
    expect(calls).toHaveLength(2);
  });

  it("keeps different URLs apart", async () => {
    const { store, calls } = setup();
    store.subscribe("/a", () => {});
    store.subscribe("/b", () => {});
    expect(calls.map((c) => c.url)).toEqual(["/a", "/b"]);
    calls[1]!.resolve("b");
    await flush();
    expect(store.get("/a").status).toBe("pending");
    expect(store.get("/b").data).toBe("b");
  });
});
