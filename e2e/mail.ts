import { expect, type Page } from "@playwright/test";
import { execDbAt, queryDb, suiteDatabase, userIdByEmail } from "./db";
import { connectSmtpSink, linkIn } from "./fixtures/smtp-sink";
import { SMTP_API_URL } from "./fixtures/ports";

// The mail side of the account flows: the suite's SMTP sink (e2e/fixtures/serve.ts) over its HTTP
// API, and the token rows behind the links.

export const sink = connectSmtpSink(SMTP_API_URL);

export const SUBJECTS = {
  reset: "Reset your Rungs password",
  passwordChanged: "Your Rungs password was changed",
  verify: "Confirm your email address for Rungs",
  confirmNew: "Confirm your new email address for Rungs",
  changeRequested: "Your Rungs email address is being changed",
  emailChanged: "Your Rungs email address was changed",
} as const;

export const RESET_ANSWER = /^✓ If an account exists for that address, we sent a link/;
export const LINK_FAILED = "This link has expired or was already used";

/** The link on `path` in the next mail to `to` with `subject` (each mail is handed out once). */
export async function mailedLink(to: string, subject: string, path: string): Promise<string> {
  const mail = await sink.waitForMail({ to, subject, timeoutMs: 15_000 });
  const link = linkIn(mail, path);
  // Built from APP_URL (the suite's base URL), whatever Host the request that caused it carried.
  expect(new URL(link).origin).toBe(new URL(process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT || 3100}`).origin);
  return link;
}

/** Asks for a reset link on /forgot-password, as a signed-out visitor would. */
export async function askForReset(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(RESET_ANSWER);
}

export async function setNewPassword(page: Page, password: string, confirm = password) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(confirm);
  await page.getByRole("button", { name: "Set new password" }).click();
}

/** Moves every token of the user to its creation time, so each one is past its expiry. */
export async function ageTokens(email: string) {
  const id = await userIdByEmail(email);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await execDbAt(suiteDatabase(), `update auth_tokens set expires_at = created_at where user_id = '${id}'`);
}

/** The user's tokens, of one purpose or all. */
export async function tokenCount(email: string, purpose?: "reset-password" | "verify-email" | "change-email"): Promise<number> {
  const sql = "select count(*) as n from auth_tokens a join users u on u.id = a.user_id where u.email = ?";
  const rows = purpose ? await queryDb<{ n: number }>(`${sql} and a.purpose = ?`, email, purpose) : await queryDb<{ n: number }>(sql, email);
  return Number(rows[0]?.n ?? 0);
}

/** Whether any mail reached `to` so far. */
export async function mailsTo(to: string): Promise<number> {
  return (await sink.messages()).filter((m) => m.to.includes(to.toLowerCase())).length;
}
