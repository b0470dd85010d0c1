import { expect, test, type Page } from "@playwright/test";
import { logIn, logOut, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { LINK_FAILED, mailedLink, sink, SUBJECTS } from "./mail";

async function askToChange(page: Page, newEmail: string, password = PASSWORD) {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Change email" });
  await section.getByLabel("New email").fill(newEmail);
  await section.getByLabel("Your password").fill(password);
  await section.getByRole("button", { name: "Change email" }).click();
  return section;
}

test("change email: needs the password, mails both addresses, and the old one logs in until the link is used", async ({ page }) => {
  const { email } = await signUp(page, { email: uniqueEmail("old") });
  const newEmail = uniqueEmail("new");

  let section = await askToChange(page, newEmail, "not my password");
  await expect(section.getByRole("alert")).toContainText("That password is not correct");
  section = await askToChange(page, email);
  await expect(section.getByRole("alert")).toContainText("already your email address");

  await askToChange(page, newEmail);
  await expect(page.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
  const notice = await sink.waitForMail({ to: email, subject: SUBJECTS.changeRequested });
  expect(notice.text).toContain(newEmail);
  const link = await mailedLink(newEmail, SUBJECTS.confirmNew, "/confirm-email");
  await page.reload();
  await expect(page.getByRole("region", { name: "Change email" })).toContainText(`A change to ${newEmail} is waiting`);

  // Until the link is used, the old address logs in and the new one does not.
  await logOut(page);
  await logIn(page, newEmail, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  const response = await page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await page.getByRole("button", { name: "Confirm new email address" }).click();
  await expect(page.getByRole("status")).toContainText(`Your email address is now ${newEmail}`);
  const changed = await sink.waitForMail({ to: email, subject: SUBJECTS.emailChanged });
  expect(changed.text).toContain(newEmail);

  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Change email" })).toContainText(`Your email address is ${newEmail} (verified)`);
  await expect(page.getByRole("region", { name: "Change email" })).not.toContainText("is waiting");
  await logOut(page);
  await logIn(page, email, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText(/Invalid email or password/);
  await logIn(page, newEmail, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(link);
  await expect(page.getByRole("alert")).toContainText(LINK_FAILED);
});

test("an address taken by another account is refused when asked for, and again when the link is used", async ({ page, browser }) => {
  const { email: taken } = await signUp(page, { email: uniqueEmail("taken") });
  await logOut(page);
  await signUp(page, { email: uniqueEmail("mover") });
  const section = await askToChange(page, taken);
  await expect(section.getByRole("alert")).toContainText("already exists");

  const wanted = uniqueEmail("wanted");
  await askToChange(page, wanted);
  await expect(page.getByRole("status")).toContainText(`We sent a link to ${wanted}`);
  const link = await mailedLink(wanted, SUBJECTS.confirmNew, "/confirm-email");

  // Someone signs up with that address before the link is used.
  const context = await browser.newContext();
  await signUp(await context.newPage(), { email: wanted });
  await context.close();

  await page.goto(link);
  await page.getByRole("button", { name: "Confirm new email address" }).click();
  await expect(page.getByRole("alert")).toContainText("Another account uses that address now");
});
