import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Node flags for the production server, read from package.json's config.serverHeapMb, the value
 * `npm start` uses, so the benchmark and the end-to-end tests run the server the same way. A heap
 * cap keeps V8 from growing the heap lazily under load (peak RSS ~440 MB without it, ~250 MB with).
 */
export function serverNodeArgs(root) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return [`--max-old-space-size=${pkg.config.serverHeapMb}`];
}
