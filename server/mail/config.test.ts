import { describe, expect, it, vi } from "vitest";
import { announceMailConfig, checkMailConfig, EMAIL_NOT_CONFIGURED, mailAppUrl, mailOffMessage, mailStatus } from "./config";

const PROD = { NODE_ENV: "production", APP_URL: "https://rungs.example.org" };
const SMTP = { SMTP_URL: "smtps://mailer:s3cret-pw@smtp.example.org:465", EMAIL_FROM: "Rungs <no-reply@rungs.example.org>" };

function error(env: Record<string, string>): string {
  const result = checkMailConfig(env);
  if (result.ok) throw new Error(`expected a refusal, got ${result.startupLine}`);
  return result.error;
}

describe("checkMailConfig in production", () => {
  it("refuses to start without SMTP_URL unless EMAIL=log or EMAIL=off", () => {
    expect(error(PROD)).toMatch(/^Rungs refuses to start: SMTP_URL is not set/);
    expect(error(PROD)).toMatch(/EMAIL=log/);
    expect(error(PROD)).toMatch(/EMAIL=off/);
    expect(checkMailConfig({ ...PROD, EMAIL: "log" })).toMatchObject({ ok: true, config: { mode: "log", appUrl: "https://rungs.example.org" } });
    expect(checkMailConfig({ ...PROD, EMAIL: "off" })).toMatchObject({ ok: true, config: { mode: "off" } });
  });

  it("says at start that mail goes to the log with EMAIL=log, as a fresh clone's .env.local sets", () => {
    const result = checkMailConfig({ NODE_ENV: "production", EMAIL: "log", AUTH_SECRET: "x" });
    expect(result).toMatchObject({ ok: true, config: { mode: "log", appUrl: "http://localhost:3000" } });
    if (result.ok) expect(result.startupLine).toMatch(/mail goes to the server log \(EMAIL=log\)/);
    const onPort = checkMailConfig({ NODE_ENV: "production", EMAIL: "log", PORT: "4000" });
    expect(onPort).toMatchObject({ config: { appUrl: "http://localhost:4000" } });
  });

  it("says EMAIL=log wins over an SMTP_URL, and how to send instead", () => {
    const result = checkMailConfig({ ...PROD, ...SMTP, EMAIL: "log" });
    expect(result).toMatchObject({ ok: true, config: { mode: "log" } });
    if (result.ok) expect(result.startupLine).toMatch(/overrides SMTP_URL.*EMAIL=smtp/);
  });

  it("sends with EMAIL=smtp (which overrides .env.local's EMAIL=log), and refuses it without SMTP_URL", () => {
    expect(checkMailConfig({ ...PROD, ...SMTP, EMAIL: "smtp" })).toMatchObject({ ok: true, config: { mode: "smtp" } });
    expect(error({ ...PROD, EMAIL: "smtp" })).toMatch(/EMAIL=smtp, but SMTP_URL is not set/);
    expect(error({ NODE_ENV: "development", EMAIL: "smtp" })).toMatch(/SMTP_URL is not set/);
  });

  it("sends through SMTP_URL from EMAIL_FROM, and never repeats the password", () => {
    const result = checkMailConfig({ ...PROD, ...SMTP });
    expect(result).toMatchObject({ ok: true, config: { mode: "smtp", smtpUrl: SMTP.SMTP_URL, from: SMTP.EMAIL_FROM, requireTls: false } });
    if (!result.ok) return;
    expect(result.startupLine).toContain("smtps://smtp.example.org:465");
    expect(result.startupLine).not.toContain("s3cret-pw");
    expect(result.startupLine).not.toContain("mailer");
  });

  it("requires STARTTLS for smtp:// off loopback, not to a local relay or sink", () => {
    expect(checkMailConfig({ ...PROD, ...SMTP, SMTP_URL: "smtp://smtp.example.org:587" })).toMatchObject({ config: { requireTls: true } });
    expect(checkMailConfig({ ...PROD, ...SMTP, SMTP_URL: "smtp://127.0.0.1:2525" })).toMatchObject({ config: { requireTls: false } });
    expect(checkMailConfig({ ...PROD, ...SMTP, SMTP_URL: "smtp://localhost:25" })).toMatchObject({ config: { requireTls: false } });
  });

  it("needs APP_URL to send real mail: links are never built from a Host header", () => {
    expect(error({ NODE_ENV: "production", ...SMTP })).toMatch(/APP_URL is not set/);
    expect(error({ ...PROD, ...SMTP, APP_URL: "https://rungs.example.org/base" })).toMatch(/APP_URL must be an origin/);
    expect(error({ ...PROD, EMAIL: "log", APP_URL: "rungs.example.org" })).toMatch(/APP_URL/);
  });

  it("refuses a broken SMTP_URL or EMAIL_FROM without echoing the URL", () => {
    for (const bad of ["http://smtp.example.org", "smtp.example.org:587", "mailto:x@y", "smtp://"]) {
      const message = error({ ...PROD, ...SMTP, SMTP_URL: bad });
      expect(message).toMatch(/SMTP_URL/);
    }
    expect(error({ ...PROD, ...SMTP, SMTP_URL: "ftp://u:hunter2@smtp.example.org" })).not.toContain("hunter2");
    expect(error({ ...PROD, SMTP_URL: SMTP.SMTP_URL })).toMatch(/EMAIL_FROM is not set/);
    for (const bad of ["rungs", "a@b\r\nBcc: victim@example.org", "<not an address>"]) {
      expect(error({ ...PROD, ...SMTP, EMAIL_FROM: bad })).toMatch(/EMAIL_FROM is not an address/);
    }
    expect(checkMailConfig({ ...PROD, ...SMTP, EMAIL_FROM: "no-reply@rungs.example.org" })).toMatchObject({ ok: true });
  });

  it("refuses an EMAIL value it does not know (a typo must not silently drop mail)", () => {
    expect(error({ ...PROD, ...SMTP, EMAIL: "of" })).toMatch(/EMAIL must be "log".*"off".*"smtp"/);
    expect(checkMailConfig({ ...PROD, EMAIL: " LOG " })).toMatchObject({ ok: true, config: { mode: "log" } });
  });
});

describe("checkMailConfig in development", () => {
  it("logs mail when no SMTP_URL is set, and sends when one is", () => {
    expect(checkMailConfig({ NODE_ENV: "development" })).toMatchObject({ ok: true, config: { mode: "log", from: "Rungs <rungs@localhost>" } });
    expect(checkMailConfig({})).toMatchObject({ ok: true, config: { mode: "log" } });
    expect(checkMailConfig({ SMTP_URL: "smtp://127.0.0.1:2525", EMAIL_FROM: "dev@localhost.test" })).toMatchObject({
      ok: true,
      config: { mode: "smtp", appUrl: "http://localhost:3000" },
    });
  });
});

describe("mailStatus", () => {
  it("tells pages when email is not configured here", () => {
    expect(mailStatus({ ...PROD, EMAIL: "off" })).toEqual({ enabled: false, mode: "off", message: EMAIL_NOT_CONFIGURED });
    expect(mailStatus({ ...PROD })).toEqual({ enabled: false, mode: "off", message: EMAIL_NOT_CONFIGURED });
    expect(mailStatus({ ...PROD, EMAIL: "log" })).toEqual({ enabled: true, mode: "log" });
    expect(mailStatus({ ...PROD, ...SMTP })).toEqual({ enabled: true, mode: "smtp" });
  });
});

describe("mailOffMessage", () => {
  it("is the sentence pages show where no mail is sent, and null where it is (or is logged)", () => {
    expect(mailOffMessage({ ...PROD, EMAIL: "off" })).toBe(EMAIL_NOT_CONFIGURED);
    expect(mailOffMessage({ ...PROD, EMAIL: "log" })).toBeNull();
    expect(mailOffMessage({ ...PROD, ...SMTP })).toBeNull();
  });
});

describe("mailAppUrl", () => {
  it("is APP_URL's origin, or localhost on PORT where that is allowed", () => {
    expect(mailAppUrl({ ...PROD, ...SMTP, APP_URL: "https://Rungs.Example.org/" })).toBe("https://rungs.example.org");
    expect(mailAppUrl({ NODE_ENV: "production", EMAIL: "log", PORT: "3100" })).toBe("http://localhost:3100");
    expect(mailAppUrl({})).toBe("http://localhost:3000");
  });
});

describe("announceMailConfig", () => {
  it("prints the start-up line, or the refusal and exits 1", () => {
    const io = { log: vi.fn(), error: vi.fn(), exit: vi.fn() };
    announceMailConfig({ ...PROD, EMAIL: "log" }, io);
    expect(io.log).toHaveBeenCalledWith(expect.stringMatching(/mail goes to the server log/));
    expect(io.exit).not.toHaveBeenCalled();

    announceMailConfig(PROD, io);
    expect(io.error).toHaveBeenCalledWith(expect.stringMatching(/^Rungs refuses to start/));
    expect(io.exit).toHaveBeenCalledWith(1);
  });
});
