import { expect, test, type Locator, type Page } from "@playwright/test";
import { queryDb, userIdByEmail } from "./db";
import { collectDialogs, logIn, logOut, makePublic, PASSWORD, signUp, uniqueEmail, uniqueHandle } from "./helpers";
import { callAction, importActionIds, saveNoteActionId, setLevelActionId, userSnapshot } from "./attack";

// Hostile input, one attack per test: each asserts the exact answer and that the database holds
// exactly what it held before (every row of the user: account, levels, log, notes, sessions).

const SIGNED_OUT = "You are signed out. Log in again to save your changes.";
const LEVEL_ERROR = "Level must be a whole number from 0 to 3.";
const LINK_ERROR = "Links must be full http:// or https:// addresses.";
const SESSION_COOKIE = "authjs.session-token";

/** Collects every 5xx answer the page sees. */
function serverErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

/** Sets an input's value as a hostile client would: no maxlength, any characters. */
async function forceValue(input: Locator, value: string) {
  await input.evaluate((el, v) => {
    const field = el as HTMLInputElement;
    field.removeAttribute("maxlength");
    field.removeAttribute("minlength");
    field.value = v;
  }, value);
}

async function submitSignUp(page: Page, values: { email: string; password: string; name?: string }) {
  await page.goto("/signup");
  await forceValue(page.getByLabel("Email"), values.email);
  await forceValue(page.getByLabel("Password"), values.password);
  if (values.name !== undefined) await forceValue(page.getByLabel("Name"), values.name);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function usersWithEmail(email: string): Promise<number> {
  return (await queryDb<{ n: number }>("select count(*) n from users where email = ?", email.trim().toLowerCase()))[0]!.n;
}

test.describe("sign up refuses bad input and creates nothing", () => {
  const local = () => `bad-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const cases: { title: string; values: () => { email: string; password: string; name?: string }; field: string; message: string }[] = [
    {
      title: "email of 255 characters",
      values: () => ({ email: `${local()}`.padEnd(243, "a") + "@example.com", password: PASSWORD }),
      field: "email",
      message: "Email must be at most 254 characters.",
    },
    ...["plainaddress", "a@b", "@example.com", "a b@example.com", "a@@example.com", "x@example.com<script>"].map((email) => ({
      title: `malformed email ${JSON.stringify(email)}`,
      values: () => ({ email, password: PASSWORD }),
      field: "email",
      message: "Enter a valid email address.",
    })),
    {
      title: "password of 7 characters",
      values: () => ({ email: uniqueEmail("pw7"), password: "1234567" }),
      field: "password",
      message: "Password must be at least 8 characters.",
    },
    {
      title: "password of 257 characters",
      values: () => ({ email: uniqueEmail("pw257"), password: "p".repeat(257) }),
      field: "password",
      message: "Password must be at most 256 characters.",
    },
    {
      title: "name of 61 characters",
      values: () => ({ email: uniqueEmail("name61"), password: PASSWORD, name: "n".repeat(61) }),
      field: "name",
      message: "Name must be at most 60 characters.",
    },
    ...[
      ["a bell", "Ada\u0007Lovelace"],
      ["an ANSI escape", "Ada \u001b[31mRed"],
      ["a line separator", "Ada\u2028Lovelace"],
    ].map(([what, name]) => ({
      title: `name with ${what}`,
      values: () => ({ email: uniqueEmail("ctl"), password: PASSWORD, name: name! }),
      field: "name",
      message: "Name contains characters that are not allowed.",
    })),
  ];

  for (const c of cases) {
    test(c.title, async ({ page }) => {
      const errors = serverErrors(page);
      const values = c.values();
      await submitSignUp(page, values);
      await expect(page.getByRole("alert")).toHaveText(/Please fix the fields below\./);
      await expect(page.locator(`#${c.field}-error`)).toContainText(c.message);
      await expect(page).toHaveURL(/\/signup$/);
      await expect(page.getByLabel("Password")).toHaveValue("");
      expect(await usersWithEmail(values.email)).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  for (const length of [8, 256]) {
    test(`a password of exactly ${length} characters is accepted and logs in`, async ({ page }) => {
      const email = uniqueEmail(`pw${length}`);
      const password = "Pw3!".repeat(64).slice(0, length);
      await submitSignUp(page, { email, password });
      await expect(page).toHaveURL(/\/skills$/);
      expect(await usersWithEmail(email)).toBe(1);
      await logOut(page);
      await logIn(page, email, password);
      await expect(page).toHaveURL(/\/dashboard$/);
    });
  }

  test("<script> in the name is stored as typed and renders as text", async ({ page, browser }) => {
    const name = `<script>alert(1)</script><img src=x onerror=alert(2)>`.slice(0, 60);
    const { email } = await signUp(page, { name });
    expect(await queryDb("select name from users where email = ?", email)).toEqual([{ name }]);
    const handle = uniqueHandle("xss");
    await makePublic(page, handle);
    await expect(page.getByLabel("Name")).toHaveValue(name);
    const visitor = await browser.newContext();
    const v = await visitor.newPage();
    const dialogs = collectDialogs(v);
    const response = await v.goto(`/u/${handle}`);
    await expect(v.getByRole("heading", { level: 1 })).toHaveText(name);
    const html = await response!.text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(dialogs).toEqual([]);
    await visitor.close();
  });
});

test.describe("log in gives one message for every failure and opens no session", () => {
  const cases: { title: string; credentials: (email: string) => { email: string; password: string } }[] = [
    { title: "wrong password", credentials: (email) => ({ email, password: "wrong password!" }) },
    { title: "unknown email", credentials: () => ({ email: uniqueEmail("nobody"), password: PASSWORD }) },
    { title: "email of 300 characters", credentials: () => ({ email: `${"e".repeat(288)}@example.com`, password: PASSWORD }) },
    { title: "password of 1,025 characters", credentials: (email) => ({ email, password: "p".repeat(1025) }) },
    { title: "password of 1,024 characters (allowed length, wrong)", credentials: (email) => ({ email, password: "p".repeat(1024) }) },
  ];
  for (const c of cases) {
    test(c.title, async ({ page }) => {
      const errors = serverErrors(page);
      const { email } = await signUp(page);
      await logOut(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const attempt = c.credentials(email);
      await logIn(page, attempt.email, attempt.password);
      await expect(page.getByRole("alert")).toHaveText("⚠ Invalid email or password");
      await expect(page).toHaveURL(/\/login/);
      expect(await userSnapshot(userId)).toEqual(before);
      expect(errors).toEqual([]);
    });
  }
});

test.describe("setSkillLevelAction refuses bad payloads", () => {
  const cases: { title: string; raw: string; error: string }[] = [
    { title: "unknown skill cobol", raw: JSON.stringify([{ skillId: "cobol", level: 1 }]), error: "Unknown skill." },
    { title: "skill name instead of id", raw: JSON.stringify([{ skillId: "Linux Basics", level: 1 }]), error: "Unknown skill." },
    { title: "skill id __proto__", raw: JSON.stringify([{ skillId: "__proto__", level: 1 }]), error: "Unknown skill." },
    { title: "skill id as an object", raw: JSON.stringify([{ skillId: { $ne: 1 }, level: 1 }]), error: "Unknown skill." },
    { title: "level -1", raw: JSON.stringify([{ skillId: "git", level: -1 }]), error: LEVEL_ERROR },
    { title: "level 4", raw: JSON.stringify([{ skillId: "git", level: 4 }]), error: LEVEL_ERROR },
    { title: "level 2.5", raw: JSON.stringify([{ skillId: "git", level: 2.5 }]), error: LEVEL_ERROR },
    { title: 'level "3" (a string)', raw: JSON.stringify([{ skillId: "git", level: "3" }]), error: LEVEL_ERROR },
    { title: "level null", raw: JSON.stringify([{ skillId: "git", level: null }]), error: LEVEL_ERROR },
    { title: 'level "NaN"', raw: JSON.stringify([{ skillId: "git", level: "NaN" }]), error: LEVEL_ERROR },
    { title: "level 1e999 (Infinity)", raw: '[{"skillId":"git","level":1e999}]', error: LEVEL_ERROR },
    { title: "missing level", raw: JSON.stringify([{ skillId: "git" }]), error: LEVEL_ERROR },
    { title: "an array instead of an object", raw: JSON.stringify([[{ skillId: "git", level: 3 }]]), error: "Invalid input: expected object, received array" },
  ];
  for (const c of cases) {
    test(c.title, async ({ page, baseURL }) => {
      const { email } = await signUp(page);
      const id = await setLevelActionId(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const result = await callAction(page.request, { url: "/skills", id, raw: c.raw, origin: baseURL! });
      expect(result.status).toBe(200);
      expect(result.reply).toEqual({ ok: false, error: c.error });
      expect(await userSnapshot(userId)).toEqual(before);
    });
  }

  test("a userId naming another user is refused; neither user changes", async ({ page, browser, baseURL }) => {
    const victimContext = await browser.newContext();
    const victimPage = await victimContext.newPage();
    const { email: victimEmail } = await signUp(victimPage);
    const victimId = await userIdByEmail(victimEmail);
    await victimContext.close();
    const { email } = await signUp(page);
    const id = await setLevelActionId(page);
    const userId = await userIdByEmail(email);
    const before = [await userSnapshot(userId), await userSnapshot(victimId)];
    const result = await callAction(page.request, {
      url: "/skills",
      id,
      args: [{ skillId: "git", level: 3, userId: victimId }],
      origin: baseURL!,
    });
    expect(result.status).toBe(200);
    expect(result.reply).toEqual({ ok: false, error: 'Unrecognized key: "userId"' });
    expect([await userSnapshot(userId), await userSnapshot(victimId)]).toEqual(before);
  });

  test("a __proto__ key cannot smuggle anything: the decoder drops it, only the level is set", async ({ page, baseURL }) => {
    const { email } = await signUp(page);
    const id = await setLevelActionId(page);
    const userId = await userIdByEmail(email);
    const before = await userSnapshot(userId);
    const result = await callAction(page.request, {
      url: "/skills",
      id,
      raw: '[{"skillId":"git","level":3,"__proto__":{"userId":"someone-else","isPublic":true,"admin":true}}]',
      origin: baseURL!,
    });
    // React's reply decoder never makes "__proto__" an own key, so the strict schema does not see
    // it: the call is a plain "Git → Expert" and nothing else about the user moves.
    expect(result.reply).toMatchObject({ ok: true, data: { levels: { git: 3 } } });
    const after = await userSnapshot(userId);
    expect(after.user).toEqual(before.user);
    expect(after.sessions).toEqual(before.sessions);
    expect(after.notes).toEqual(before.notes);
    expect(after.levels.map((l) => [(l as { skill_id: string }).skill_id, (l as { level: number }).level])).toEqual([["git", 3]]);
    expect(after.changes).toHaveLength(before.changes.length + 1);
  });

  test("without a session it says signed out and writes nothing", async ({ page, playwright, baseURL }) => {
    const { email } = await signUp(page);
    const id = await setLevelActionId(page);
    const userId = await userIdByEmail(email);
    const before = await userSnapshot(userId);
    const anonymous = await playwright.request.newContext({ baseURL });
    const result = await callAction(anonymous, { url: "/skills", id, args: [{ skillId: "git", level: 3 }], origin: baseURL! });
    await anonymous.dispose();
    expect(result.status).toBe(200);
    expect(result.reply).toEqual({ ok: false, error: SIGNED_OUT });
    expect(await userSnapshot(userId)).toEqual(before);
  });
});

test.describe("saveNoteAction refuses bad notes and links", () => {
  const note = (extra: { note?: string; links?: string[] }) => ({ skillId: "git", note: "", links: [], isPublic: true, ...extra });
  const cases: { title: string; arg: unknown; error: string }[] = [
    { title: "note of 2,001 characters", arg: note({ note: "n".repeat(2001) }), error: "A note has at most 2000 characters." },
    { title: "six links", arg: note({ links: Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`) }), error: "At most 5 links per skill." },
    { title: "javascript: link", arg: note({ links: ["javascript:alert(1)"] }), error: LINK_ERROR },
    { title: "data: link", arg: note({ links: ["data:text/html,<script>alert(1)</script>"] }), error: LINK_ERROR },
    { title: "ftp: link", arg: note({ links: ["ftp://example.com/file"] }), error: LINK_ERROR },
    { title: "link with credentials", arg: note({ links: ["https://user:secret@example.com/"] }), error: LINK_ERROR },
    { title: "unknown skill", arg: { ...note({}), skillId: "cobol" }, error: "Unknown skill." },
  ];
  for (const c of cases) {
    test(c.title, async ({ page, baseURL }) => {
      const { email } = await signUp(page);
      const id = await saveNoteActionId(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const result = await callAction(page.request, { url: "/notes", id, args: [c.arg], origin: baseURL! });
      expect(result.status).toBe(200);
      expect(result.reply).toEqual({ ok: false, error: c.error });
      expect(await userSnapshot(userId)).toEqual(before);
    });
  }

  test("script text in a public note is stored as is and shown as text on the profile", async ({ page, browser, baseURL }) => {
    const { email } = await signUp(page);
    const id = await saveNoteActionId(page);
    const text = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    const result = await callAction(page.request, {
      url: "/notes",
      id,
      args: [{ skillId: "git", note: text, links: ["https://example.com/a?q=<b>"], isPublic: true }],
      origin: baseURL!,
    });
    expect(result.reply).toMatchObject({ ok: true });
    // links is JSON text on SQLite and jsonb (parsed by the driver) on PostgreSQL.
    const rows = await queryDb<{ note: string; links: unknown }>("select note, links from skill_notes where user_id = ?", await userIdByEmail(email));
    expect(rows.map((r) => ({ note: r.note, links: typeof r.links === "string" ? JSON.parse(r.links) : r.links }))).toEqual([
      { note: text, links: ["https://example.com/a?q=<b>"] },
    ]);
    const handle = uniqueHandle("note");
    await makePublic(page, handle);
    const visitor = await browser.newContext();
    const v = await visitor.newPage();
    const dialogs = collectDialogs(v);
    const response = await v.goto(`/u/${handle}`);
    await expect(v.getByText(text, { exact: true })).toBeVisible();
    const html = await response!.text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(dialogs).toEqual([]);
    await visitor.close();
  });
});

test.describe("import refuses malformed files and writes nothing", () => {
  const base = { format: "rungs-progress", formatVersion: 1, roadmapVersion: 1 };
  const files: { title: string; text: () => string; error: string }[] = [
    { title: "not JSON", text: () => "this is { not json", error: "The file is not valid JSON." },
    {
      title: "another format",
      text: () => JSON.stringify({ ...base, format: "something-else", levels: { git: 3 } }),
      error: "The file does not match the export format: This is not a Rungs export file. (at format).",
    },
    {
      title: "level 9",
      text: () => JSON.stringify({ ...base, levels: { git: 9 } }),
      error: "The file does not match the export format: Too big: expected number to be <=3 (at levels.git).",
    },
    {
      title: "over 512 KB",
      text: () => JSON.stringify({ ...base, levels: { git: 3 }, history: ["x".repeat(600 * 1024)] }),
      error: "The file is too large (the limit is 512 KB).",
    },
  ];
  for (const step of ["preview", "apply"] as const) {
    for (const file of files) {
      test(`${step}: ${file.title}`, async ({ page, baseURL }) => {
        const { email } = await signUp(page);
        const ids = await importActionIds(page);
        const userId = await userIdByEmail(email);
        const before = await userSnapshot(userId);
        const result = await callAction(page.request, { url: "/settings", id: ids[step], args: [{ text: file.text() }], origin: baseURL! });
        expect(result.status).toBe(200);
        expect(result.reply).toEqual({ ok: false, error: file.error });
        expect(await userSnapshot(userId)).toEqual(before);
      });
    }
  }
});

test.describe("handles are checked in Settings", () => {
  const cases: [string, string][] = [
    ["admin", "That handle is reserved. Please pick another."],
    ["a b", "Use only letters a–z, digits 0–9 and “-”."],
    ["ab", "A handle has at least 3 characters."],
    ["<script>", "Use only letters a–z, digits 0–9 and “-”."],
    ["h".repeat(31), "A handle has at most 30 characters."],
  ];
  for (const [handle, message] of cases) {
    test(`handle ${JSON.stringify(handle.length > 20 ? `${handle.length} characters` : handle)}`, async ({ page }) => {
      const { email } = await signUp(page);
      await page.goto("/settings");
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      await forceValue(page.getByLabel("Handle"), handle);
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByRole("alert")).toHaveText(`⚠ ${message}`);
      await expect(page.locator("#handle-error")).toHaveText(`⚠ ${message}`);
      expect(await userSnapshot(userId)).toEqual(before);
    });
  }
});

test.describe("post-login redirects stay on this site", () => {
  const targets: [string, string][] = [
    ["absolute URL to another origin", "https://evil.example/steal"],
    ["protocol-relative //host", "//evil.example"],
    ["/\\host", "/\\evil.example"],
    ["javascript: URL", "javascript:alert(1)"],
    ["tab inside /\\t/host", "/\t/evil.example"],
    ["5,000-character path", `/${"a".repeat(4999)}`],
  ];
  for (const [title, target] of targets) {
    test(title, async ({ page, baseURL }) => {
      const errors = serverErrors(page);
      const dialogs = collectDialogs(page);
      const { email, password } = await signUp(page);
      await logOut(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const url = `/login?callbackUrl=${encodeURIComponent(target)}`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      // Every form on the page carries the cleaned target: log in and each "Continue with …".
      const all = page.locator('input[name="callbackUrl"]');
      await expect(all.first()).toHaveValue("/dashboard");
      for (const input of await all.all()) await expect(input).toHaveValue("/dashboard");
      const logInForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Log in" }) });
      const hidden = logInForm.locator('input[name="callbackUrl"]');
      // A hostile page could post its own value: the action checks it again.
      await hidden.evaluate((el, v) => ((el as HTMLInputElement).value = v), target);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(`${baseURL}/dashboard`);
      // Signed in, the login page sends you on at once, still to the dashboard.
      await page.goto(url);
      await expect(page).toHaveURL(`${baseURL}/dashboard`);
      const after = await userSnapshot(userId);
      expect(after.sessions).toHaveLength(before.sessions.length + 1);
      expect({ ...after, sessions: before.sessions }).toEqual(before);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }
});

test.describe("a forged or stale session cookie counts as signed out", () => {
  const forgeries: [string, (value: string) => string][] = [
    ["tampered (one character flipped)", (v) => v.slice(0, 40) + (v[40] === "A" ? "B" : "A") + v.slice(41)],
    ["truncated", (v) => v.slice(0, Math.floor(v.length / 2))],
    ["garbage", () => "garbage-not-a-token"],
    ["an unsigned JWT", () => `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x"}').toString("base64url")}.`],
    ["the real cookie after log out (replayed)", (v) => v],
  ];
  for (const [title, forge] of forgeries) {
    test(title, async ({ page, context, baseURL }) => {
      const errors = serverErrors(page);
      const { email } = await signUp(page);
      const id = await setLevelActionId(page);
      const userId = await userIdByEmail(email);
      const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      expect(cookie).toBeTruthy();
      if (title.startsWith("the real cookie")) await logOut(page);
      const before = await userSnapshot(userId);
      await context.clearCookies();
      await context.addCookies([{ ...cookie!, value: forge(cookie!.value) }]);

      // The cookie is there, so the proxy lets it through; the page finds no session and sends you
      // to log in, to come back to Settings afterwards.
      const settings = await page.goto("/settings");
      expect(settings?.status()).toBe(200);
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
      await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
      await page.goto("/skills");
      await expect(page.getByText("Guest mode")).toBeVisible();
      await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
      const result = await callAction(page.request, { url: "/skills", id, args: [{ skillId: "git", level: 3 }], origin: baseURL! });
      expect(result.reply).toEqual({ ok: false, error: SIGNED_OUT });
      expect(await userSnapshot(userId)).toEqual(before);
      expect(errors).toEqual([]);
    });
  }
});

test.describe("cross-site requests are refused", () => {
  const variants: [string, Record<string, string>][] = [
    ["Origin https://evil.example", { Origin: "https://evil.example" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["no Origin and no Sec-Fetch-Site", {}],
  ];
  for (const [title, headers] of variants) {
    test(`password change with ${title} → 403, password unchanged`, async ({ page }) => {
      const { email, password } = await signUp(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const response = await page.request.post("/api/account/password", {
        headers: { "Content-Type": "application/json", ...headers },
        data: JSON.stringify({ currentPassword: password, newPassword: "attacker chose this" }),
        failOnStatusCode: false,
      });
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({ ok: false, error: "Cross-site request refused." });
      expect(await userSnapshot(userId)).toEqual(before);
    });
  }

  test("a server action posted with Origin https://evil.example changes nothing", async ({ page, baseURL }) => {
    const { email } = await signUp(page);
    const id = await setLevelActionId(page);
    const userId = await userIdByEmail(email);
    const before = await userSnapshot(userId);
    const result = await callAction(page.request, { url: "/skills", id, args: [{ skillId: "git", level: 3 }], origin: "https://evil.example" });
    expect(result.reply?.ok).not.toBe(true);
    expect(result.status).not.toBe(200);
    expect(await userSnapshot(userId)).toEqual(before);
    // The same call from this site goes through: the id and payload were valid.
    const control = await callAction(page.request, { url: "/skills", id, args: [{ skillId: "git", level: 3 }], origin: baseURL! });
    expect(control.reply).toMatchObject({ ok: true });
  });
});

test.describe("huge bodies are cut off at the door", () => {
  for (const [title, headers] of [
    ["plain POST", {}],
    ["server action POST", { "Next-Action": "0".repeat(42), Accept: "text/x-component" }],
  ] as [string, Record<string, string>][]) {
    test(`3 MB ${title} to /skills → 413, and the server still answers`, async ({ page, request }) => {
      const { email } = await signUp(page);
      const userId = await userIdByEmail(email);
      const before = await userSnapshot(userId);
      const started = Date.now();
      const response = await page.request.post("/skills", {
        headers: { "Content-Type": "text/plain;charset=UTF-8", ...headers },
        data: Buffer.alloc(3 * 1024 * 1024, "a"),
        failOnStatusCode: false,
        timeout: 20_000,
      });
      expect(response.status()).toBe(413);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await request.get("/")).status()).toBe(200);
      expect(await userSnapshot(userId)).toEqual(before);
    });
  }
});

test.describe("cookies", () => {
  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
    await signUp(page);
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });
});
