import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";

const ACTION_FILE = "app/(shell)/skills/actions.ts";
const ACTION_NAME = "setSkillLevelAction";
const BROWSER_TIMEOUT_MS = 30_000;

/**
 * A server action's id from a build's manifest, or null when this Next version does not name it
 * there. Paths there are relative to Turbopack's root (the lockfile's folder), not the app's.
 */
export function actionIdFromManifest(root, filename, exportedName) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8"));
    const match = Object.entries(manifest.node ?? {}).find(
      ([, entry]) => entry.exportedName === exportedName && (entry.filename === filename || entry.filename?.endsWith(`/${filename}`)),
    );
    return match?.[0] ?? null;
  } catch {
    return null;
  }
}

/** Clicks a level on /skills in Chromium and reads the Next-Action header the page sends. */
async function idFromBrowser(baseUrl, sessionCookie) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext();
    const [name, value] = sessionCookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/skills`, { timeout: BROWSER_TIMEOUT_MS });
    const request = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"], {
      timeout: BROWSER_TIMEOUT_MS,
    });
    const radio = page.getByRole("radio", { checked: false }).first();
    await radio.check({ timeout: BROWSER_TIMEOUT_MS });
    return (await request).headers()["next-action"];
  } finally {
    await browser.close();
  }
}

/**
 * The level-change action's id: read from the build's manifest, or captured from a real click
 * when a Next version stops naming exports there.
 */
export async function findActionId(root, baseUrl, sessionCookie) {
  return actionIdFromManifest(root, ACTION_FILE, ACTION_NAME) ?? (await idFromBrowser(baseUrl, sessionCookie));
}

/** The request the browser sends for the action; `cookie` null for an action that needs no session. */
export function actionRequest(baseUrl, actionId, cookie, skillId, level, path = "/skills") {
  return {
    method: "POST",
    path,
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseUrl,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify([{ skillId, level }]),
  };
}

/** An action answer counts as a success only when the app says so, not just HTTP 200. */
export function actionSucceeded(body) {
  return body.includes('"ok":true');
}

/** One real call, so a wrong id or a refused origin fails the bench before any load. */
export async function checkAction(baseUrl, actionId, cookie, skillId) {
  const { method, headers, body } = actionRequest(baseUrl, actionId, cookie, skillId, 1);
  const response = await fetch(`${baseUrl}/skills`, { method, headers, body });
  const text = await response.text();
  if (!response.ok || !actionSucceeded(text)) {
    throw new Error(`level-change action failed (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
}
