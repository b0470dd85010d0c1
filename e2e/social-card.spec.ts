import { expect, test } from "@playwright/test";
import { makePublic, signUp, uniqueHandle } from "./helpers";

// twitter-image.tsx re-exports opengraph-image.tsx: one implementation, so both routes must answer
// the same PNG.
test("the Open Graph and Twitter images of a profile are the same card", async ({ page }) => {
  await signUp(page, { name: "Card Person" });
  const handle = uniqueHandle("card");
  await makePublic(page, handle);
  await page.goto(`/u/${handle}`);
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  const twitter = await page.locator('meta[name="twitter:image"]').getAttribute("content");
  expect(og).toContain(`/u/${handle}/opengraph-image`);
  expect(twitter).toContain(`/u/${handle}/twitter-image`);
  const [a, b] = await Promise.all([page.request.get(new URL(og!).pathname), page.request.get(new URL(twitter!).pathname)]);
  expect(a.status()).toBe(200);
  expect(b.status()).toBe(200);
  expect(a.headers()["content-type"]).toBe("image/png");
  expect(b.headers()["content-type"]).toBe("image/png");
  expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
});
