import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { knownPathMatcher, type RouteTable } from "@/server/security/csp-routing";

export type StaticNotFound = { isKnownPath: (pathname: string) => boolean; html: string };

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/")}`);
}

function load(root: string): StaticNotFound | null {
  try {
    const table = JSON.parse(readFileSync(join(root, ".next", "routes-manifest.json"), "utf8")) as RouteTable;
    const html = readFileSync(join(root, ".next", "server", "app", "_not-found.html"), "utf8");
    return { isKnownPath: knownPathMatcher(table, listFiles(join(root, "public"))), html };
  } catch (error) {
    console.error("Rungs: no prerendered 404 page or route table in .next; unknown paths are rendered per request.", (error as Error).message);
    return null;
  }
}

let loaded: StaticNotFound | null | undefined;

/**
 * The build's route table and prerendered 404 page (app/not-found.tsx), read once per process.
 * Null where there is no build output to read (next dev): unknown paths then reach the catch-all
 * page and are rendered per request, as before.
 */
export function staticNotFound(root = process.cwd()): StaticNotFound | null {
  if (loaded === undefined) loaded = load(root);
  return loaded;
}
