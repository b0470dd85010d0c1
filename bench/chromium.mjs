import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../e2e/chromium-flags.ts";

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

const LAUNCH_TIMEOUT_MS = 30_000;

/** Headless Chromium with a DevTools port (chosen by Chromium), for Lighthouse to drive. */
export function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "rungs-chromium-"));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    // Chromium's helper processes can still be writing the profile for a moment after it exits (ENOTEMPTY).
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return new Promise((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${stderr}`)), LAUNCH_TIMEOUT_MS);
    const fail = (error) => {
      clearTimeout(timer);
      close().finally(() => reject(error));
    };
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`Chromium exited with code ${code}:\n${stderr}`)));
    child.stderr.on("data", (data) => {
      stderr += data;
      const port = stderr.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.stderr.removeAllListeners("data");
      child.stderr.resume();
      resolve({ port: Number(port), close });
    });
  });
}
