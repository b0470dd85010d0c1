import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./e2e/chromium-flags";
import { serverNodeArgs } from "./scripts/server-node-args.mjs";
import { fixtureAppEnv, fixtureServeEnv, SMTP_API_URL } from "./e2e/fixtures/ports";

const PORT = Number(process.env.E2E_PORT || 3100);
// Set once in the main process; workers inherit it, so tests can look into the same database.
process.env.E2E_DATABASE_PATH ||= join(tmpdir(), `rungs-e2e-${Date.now()}`, "e2e.db");
const BASE_URL = `http://127.0.0.1:${PORT}`;
const useSystemChromium = existsSync(CHROMIUM_PATH);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      ...(useSystemChromium ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: [
    {
      // The SMTP sink, the OpenID Connect provider and the GitHub fake, all on loopback: up before the app.
      command: "npx tsx e2e/fixtures/serve.ts",
      url: `${SMTP_API_URL}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...fixtureServeEnv() },
    },
    {
      // Run against the production build (scripts/run-e2e.mjs builds first).
      command: `node ${serverNodeArgs(process.cwd()).join(" ")} node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        DATABASE_PATH: process.env.E2E_DATABASE_PATH,
        // Set by scripts/run-e2e.mjs --db postgres; empty means SQLite at DATABASE_PATH.
        DATABASE_URL: process.env.E2E_DATABASE_URL || "",
        AUTH_SECRET: process.env.E2E_AUTH_SECRET || "e2e-only-secret-not-for-production-0123456789",
        AUTH_TRUST_HOST: "true",
        AUTH_URL: BASE_URL,
        APP_URL: BASE_URL,
        // Every test signs up from 127.0.0.1; the per-address limits are tested with their own addresses.
        THROTTLE_SIGNUP_PER_ADDRESS: "100000",
        THROTTLE_LOGIN_PER_ADDRESS: "100000",
        THROTTLE_MAIL_PER_ADDRESS: "100000",
        ...fixtureAppEnv(),
      },
    },
  ],
});
