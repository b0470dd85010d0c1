import { expect, test } from "@playwright/test";
import { queryDb } from "./db";
import { signUp, uniqueEmail } from "./helpers";
import { LINK_FAILED, mailedLink, sink, SUBJECTS } from "./mail";

const NOTICE = "Your email address is not verified yet";

async function verifiedAt(email: string): Promise<unknown> {
  return (await queryDb<{ v: unknown }>("select email_verified_at as v from users where email = ?", email))[0]?.v ?? null;
}

test("sign-up sends a verification link; the notice stays on Skills and Dashboard until the link's button is pressed", async ({ page }) => {
  const { email } = await signUp(page, { email: uniqueEmail("verify") });
  await expect(page.getByRole("region", { name: NOTICE })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: NOTICE })).toBeVisible();
  const link = await mailedLink(email, SUBJECTS.verify, "/verify-email");

  // Opening the link (as a mail scanner would, twice) verifies nothing: only the button's POST does.
  const response = await page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await page.reload();
  expect(await verifiedAt(email)).toBeNull();
  await page.getByRole("button", { name: "Verify email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is verified.");
  expect(await verifiedAt(email)).not.toBeNull();

  await page.goto("/skills");
  await expect(page.getByRole("heading", { name: "Your skills" })).toBeVisible();
  await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);

  await page.goto(link);
  await expect(page.getByRole("alert")).toContainText(LINK_FAILED);
});

test("resend: a new link replaces the first, and a fourth resend within the hour is refused", async ({ page }) => {
  const { email } = await signUp(page, { email: uniqueEmail("resend") });
  const first = await mailedLink(email, SUBJECTS.verify, "/verify-email");
  const resend = page.getByRole("button", { name: "Resend verification email" });

  await resend.click();
  await expect(page.getByRole("status")).toContainText(`We sent a new verification link to ${email}`);
  const second = await mailedLink(email, SUBJECTS.verify, "/verify-email");
  expect(second).not.toBe(first);

  await page.goto("/dashboard");
  for (let i = 2; i <= 3; i++) {
    await resend.click();
    await expect(page.getByText(`We sent a new verification link to ${email}`).first()).toBeVisible();
    await sink.waitForMail({ to: email, subject: SUBJECTS.verify });
    await page.reload();
  }
  await resend.click();
  await expect(page.getByRole("alert")).toContainText("Too many attempts");

  await page.goto(first);
  await expect(page.getByRole("alert")).toContainText(LINK_FAILED);
  await page.goto(second);
  await expect(page.getByRole("alert")).toContainText(LINK_FAILED);
});

test("a verification link works without being signed in, and only once", async ({ page, browser }) => {
  const { email } = await signUp(page, { email: uniqueEmail("verify-out") });
  const link = await mailedLink(email, SUBJECTS.verify, "/verify-email");
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "Verify email address" }).click();
  await expect(other.getByRole("status")).toContainText("Your email address is verified.");
  await context.close();
  await page.reload();
  await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);
});
