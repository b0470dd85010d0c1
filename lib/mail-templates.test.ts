import { describe, expect, it } from "vitest";
import {
  confirmNewEmailMail,
  emailChangedMail,
  emailChangeNoticeMail,
  escapeHtml,
  formatUtc,
  passwordChangedMail,
  passwordResetMail,
  verifyEmailMail,
  type MailContent,
} from "./mail-templates";

const APP = "https://rungs.example.org";
const token = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx";

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
}

function expectWellFormed(mail: MailContent) {
  expect(mail.subject.length).toBeGreaterThan(0);
  expect(mail.subject.length).toBeLessThan(70);
  expect(mail.subject).not.toMatch(/[\r\n]/);
  expect(mail.text.split(/\s+/).length).toBeLessThan(120);
  expect(mail.html).toMatch(/^<!doctype html>/);
  expect(mail.html).toContain('<html lang="en">');
  // Every link in the HTML is on APP_URL and is also written out in the plain text.
  for (const href of hrefs(mail.html)) {
    const url = href.replaceAll("&amp;", "&");
    expect(url.startsWith(`${APP}/`)).toBe(true);
    expect(mail.text).toContain(url);
  }
  expect(mail.text).toMatch(/not you/i);
  expect(mail.html).toMatch(/not you/i);
}

describe("escapeHtml", () => {
  it("escapes the five characters that can break out of text or an attribute", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("password reset mail", () => {
  const mail = passwordResetMail({ appUrl: APP, token });

  it("says what it is for, carries the link and its 30-minute expiry, and what to do if it was not you", () => {
    expectWellFormed(mail);
    expect(mail.subject).toBe("Reset your Rungs password");
    const link = `${APP}/reset-password?token=${token}`;
    expect(mail.text).toContain(link);
    expect(hrefs(mail.html)).toContain(link);
    expect(mail.text).toContain("expires in 30 minutes");
    expect(mail.html).toContain("expires in 30 minutes");
    expect(mail.text).toMatch(/ignore this mail/);
  });

  it("builds the link from APP_URL only", () => {
    const other = passwordResetMail({ appUrl: "http://127.0.0.1:3100", token });
    expect(other.text).toContain(`http://127.0.0.1:3100/reset-password?token=${token}`);
    expect(() => passwordResetMail({ appUrl: "https://evil.example/phish?x=", token })).toThrow();
  });
});

describe("verification mails", () => {
  it("sign-up: confirm link with a 24-hour expiry", () => {
    const mail = verifyEmailMail({ appUrl: APP, token });
    expectWellFormed(mail);
    expect(mail.text).toContain(`${APP}/verify-email?token=${token}`);
    expect(mail.text).toContain("expires in 24 hours");
  });

  it("new address of an email change: its own link, and the old address stays until then", () => {
    const mail = confirmNewEmailMail({ appUrl: APP, token });
    expectWellFormed(mail);
    expect(mail.text).toContain(`${APP}/confirm-email?token=${token}`);
    expect(mail.text).toContain("expires in 24 hours");
    expect(mail.text).toMatch(/keeps its old address/);
  });
});

describe("notices", () => {
  it("password changed: when, and where to reset if it was not you", () => {
    const mail = passwordChangedMail({ appUrl: APP, changedAt: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) });
    expectWellFormed(mail);
    expect(mail.text).toContain("2030-01-02 03:04 UTC");
    expect(mail.text).toContain(`${APP}/forgot-password`);
    expect(mail.text).not.toContain("token=");
  });

  it("email change to the old address: names the new address, escaped, on one line", () => {
    const hostile = `eve"<script>alert(1)</script>'@evil.example`;
    const mail = emailChangeNoticeMail({ appUrl: APP, newEmail: hostile });
    expectWellFormed(mail);
    expect(mail.text).toContain(hostile);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("eve&quot;&lt;script&gt;alert(1)&lt;/script&gt;&#39;@evil.example");
    expect(mail.text).toContain(`${APP}/forgot-password`);

    const forged = emailChangeNoticeMail({ appUrl: APP, newEmail: "a@b.example\n\nClick https://evil.example" });
    expect(forged.text).toContain("to a@b.example Click https://evil.example.");
  });

  it("email changed, to the old address: when, the new address on one line, no token", () => {
    const mail = emailChangedMail({ appUrl: APP, newEmail: "new@example.org\r\nBcc: x@y", changedAt: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) });
    expectWellFormed(mail);
    expect(mail.text).toContain("2030-01-02 03:04 UTC");
    expect(mail.text).toContain("changed to new@example.org Bcc: x@y.");
    expect(mail.text).toContain(`${APP}/login`);
    expect(mail.text).not.toContain("token=");
  });

  it("formats times in UTC whatever the reader's zone", () => {
    expect(formatUtc(new Date(Date.UTC(2026, 11, 2, 23, 59, 59)))).toBe("2026-12-02 23:59 UTC");
  });
});
