import { createServer } from "node:net";
import nodemailer from "nodemailer";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { connectSmtpSink, linkIn, startSmtpSink, type SmtpSink } from "@/e2e/fixtures/smtp-sink";
import { passwordResetMail, verifyEmailMail } from "@/lib/mail-templates";
import { tokenLink } from "@/lib/token-policy";
import { createToken } from "../tokens";
import { createMailQueue } from "./queue";
import { deliverMail, formatLoggedMail, mailIdle, queueMail } from "./send";

const APP_URL = "http://127.0.0.1:3999";
const FROM = "Rungs <no-reply@rungs.test>";

let sink: SmtpSink;
let env: Record<string, string>;
beforeAll(async () => {
  sink = await startSmtpSink();
  env = { NODE_ENV: "production", SMTP_URL: sink.url, EMAIL_FROM: FROM, APP_URL };
});
afterAll(() => sink.stop());
afterEach(() => vi.unstubAllEnvs());

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("the SMTP sink", () => {
  it("listens on loopback, captures a mail sent with nodemailer, and finds its link", async () => {
    expect(sink.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const transport = nodemailer.createTransport(sink.url);
    await transport.sendMail({ from: FROM, to: "Sink Test <sink-test@example.com>", subject: "Hello", text: `Open ${APP_URL}/reset-password?token=abc now, not ${APP_URL}/other` });
    const mail = await sink.waitForMail({ to: "SINK-TEST@example.com", subject: "Hello" });
    expect(mail.to).toEqual(["sink-test@example.com"]);
    expect(mail.headerTo).toBe('"Sink Test" <sink-test@example.com>');
    expect(linkIn(mail, "/reset-password")).toBe(`${APP_URL}/reset-password?token=abc`);
    expect(() => linkIn(mail, "/verify-email")).toThrow(/no link to \/verify-email/);
    expect(() => linkIn(mail, "/reset")).toThrow();
  });

  it("hands each mail to one waitForMail, in order, and waits for mail not yet sent", async () => {
    const to = "order@example.com";
    const later = sink.waitForMail({ to, timeoutMs: 5_000 });
    const transport = nodemailer.createTransport(sink.url);
    await transport.sendMail({ from: FROM, to, subject: "first", text: "1" });
    await transport.sendMail({ from: FROM, to, subject: "second", text: "2" });
    expect((await later).subject).toBe("first");
    expect((await sink.waitForMail({ to })).subject).toBe("second");
    await expect(sink.waitForMail({ to, timeoutMs: 200 })).rejects.toThrow(/no a mail to order@example.com within 200 ms/);
  });

  it("serves the same mails to another process over its HTTP API", async () => {
    const reader = connectSmtpSink(sink.apiUrl);
    const to = "remote@example.com";
    const waiting = reader.waitForMail({ to, subject: /^Remote/, timeoutMs: 5_000 });
    await nodemailer.createTransport(sink.url).sendMail({ from: FROM, to, subject: "Remote check", text: `${APP_URL}/verify-email?token=x` });
    const mail = await waiting;
    expect(linkIn(mail, "/verify-email")).toBe(`${APP_URL}/verify-email?token=x`);
    expect((await reader.messages()).some((m) => m.id === mail.id)).toBe(true);
    await expect(reader.waitForMail({ to, timeoutMs: 100 })).rejects.toThrow(/within 100 ms/);
  });

  it("checks credentials when it is given some", async () => {
    const strict = await startSmtpSink({ credentials: { user: "rungs", pass: "p@ss word" } });
    try {
      const url = `smtp://rungs:${encodeURIComponent("p@ss word")}@127.0.0.1:${strict.port}`;
      await deliverMail({ to: "auth@example.com", subject: "s", text: "t", html: "<p>t</p>" }, { ...env, SMTP_URL: url });
      expect((await strict.waitForMail({ to: "auth@example.com" })).authUser).toBe("rungs");
      const wrong = `smtp://rungs:nope@127.0.0.1:${strict.port}`;
      await expect(deliverMail({ to: "auth@example.com", subject: "s", text: "t", html: "t" }, { ...env, SMTP_URL: wrong })).rejects.toMatchObject({ code: "EAUTH" });
    } finally {
      await strict.stop();
    }
  });
});

describe("deliverMail", () => {
  it("sends a template over SMTP_URL from EMAIL_FROM, with both bodies and the APP_URL link", async () => {
    const { token } = createToken("reset-password");
    const to = "reset-smtp@example.com";
    await deliverMail({ to, ...passwordResetMail({ appUrl: APP_URL, token }) }, env);
    const mail = await sink.waitForMail({ to, subject: "Reset your Rungs password" });
    expect(mail.from).toBe("no-reply@rungs.test");
    expect(linkIn(mail, "/reset-password")).toBe(tokenLink(APP_URL, "reset-password", token));
    expect(mail.html).toContain(`href="${tokenLink(APP_URL, "reset-password", token)}"`);
    expect(mail.text).toContain("expires in 30 minutes");
  });

  it("prints the mail and its link with EMAIL=log, sending nothing", async () => {
    const { token } = createToken("verify-email");
    const lines: string[] = [];
    const before = sink.captured().length;
    const to = "log-mode@example.com";
    await deliverMail({ to, ...verifyEmailMail({ appUrl: APP_URL, token }) }, { ...env, EMAIL: "log" }, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`To: "${to}"`);
    expect(lines[0]).toContain(tokenLink(APP_URL, "verify-email", token));
    expect(sink.captured().length).toBe(before);
    expect(formatLoggedMail({ to: "x@y.example\nFAKE LINE", subject: "s", text: "t", html: "" }, FROM)).toContain('To: "x@y.example\\nFAKE LINE"');
  });

  it("does nothing with EMAIL=off", async () => {
    const log = vi.fn();
    const before = sink.captured().length;
    await deliverMail({ to: "off@example.com", subject: "s", text: "t", html: "t" }, { ...env, EMAIL: "off" }, log);
    expect(log).not.toHaveBeenCalled();
    expect(sink.captured().length).toBe(before);
  });

  it("logs an unreachable server without the recipient, after retrying", async () => {
    const port = await closedPort();
    const logError = vi.fn();
    const queue = createMailQueue({ deliver: (mail) => deliverMail(mail, { ...env, SMTP_URL: `smtp://127.0.0.1:${port}` }), logError, retryDelaysMs: [10] });
    queue.enqueue({ to: "private.person@example.com", subject: "Reset your Rungs password", text: "t", html: "t" });
    await queue.idle();
    expect(logError).toHaveBeenCalledTimes(1);
    const line = String(logError.mock.calls[0]?.[0]);
    expect(line).toMatch(/failed after 2 attempt\(s\): ESOCKET connect ECONNREFUSED/);
    expect(line).toContain("p***@example.com");
    expect(line).not.toContain("private.person");
  });
});

describe("queueMail", () => {
  it("returns at once and the mail arrives in the background", async () => {
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    vi.stubEnv("EMAIL", "");
    const to = "queued@example.com";
    const { token } = createToken("reset-password");
    expect(queueMail({ to, ...passwordResetMail({ appUrl: APP_URL, token }) })).toBe(true);
    await mailIdle();
    expect(linkIn(await sink.waitForMail({ to }), "/reset-password")).toBe(tokenLink(APP_URL, "reset-password", token));
  });

  it("queues nothing with EMAIL=off, and never throws into the caller", async () => {
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    vi.stubEnv("EMAIL", "off");
    expect(queueMail({ to: "off@example.com", subject: "s", text: "t", html: "t" })).toBe(false);
    vi.stubEnv("EMAIL", "");
    vi.stubEnv("SMTP_URL", "http://not-smtp.example");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(queueMail({ to: "nobody@example.com", subject: "s", text: "t", html: "t" })).toBe(true);
      await mailIdle();
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/to n\*\*\*@example\.com failed after 1 attempt\(s\): ECONFIG/));
    } finally {
      errors.mockRestore();
    }
  });
});
