import { appOrigin } from "@/lib/token-policy";

// Reads the mail settings once, from an environment passed in (so tests and the start-up check
// use the same function). No nodemailer here: instrumentation.ts imports this before anything else.
//   EMAIL=log  print each mail, link included, to the server log
//   EMAIL=off  send nothing; pages say email is not configured here
//   EMAIL=smtp send through SMTP_URL from EMAIL_FROM; the same as unset, but it overrides an
//              EMAIL=log that a first `npm start` wrote to .env.local (the environment wins)
//   unset      send through SMTP_URL from EMAIL_FROM (required in production)

export type Env = Readonly<Record<string, string | undefined>>;

export type MailConfig =
  | { mode: "smtp"; smtpUrl: string; from: string; appUrl: string; requireTls: boolean }
  | { mode: "log"; from: string; appUrl: string }
  | { mode: "off" };
export type MailMode = MailConfig["mode"];

export type MailConfigResult = { ok: true; config: MailConfig; startupLine: string } | { ok: false; error: string };

export const EMAIL_NOT_CONFIGURED = "Email is not configured here.";
const DEFAULT_FROM = "Rungs <rungs@localhost>";
const REFUSE = "Rungs refuses to start:";

function fail(reason: string): MailConfigResult {
  return { ok: false, error: `${REFUSE} ${reason}` };
}

/** Loopback needs no TLS (the e2e sink, a local relay); anything else must not get credentials or mail in the clear. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function checkAppUrl(env: Env, production: boolean, sending: boolean): { appUrl: string } | { error: string } {
  const raw = env.APP_URL?.trim();
  if (!raw) {
    if (production && sending) {
      return { error: "APP_URL is not set. Mail links are built from it, never from a request's Host header: set it to the public address, like https://rungs.example.org." };
    }
    return { appUrl: `http://localhost:${env.PORT?.trim() || 3000}` };
  }
  try {
    return { appUrl: appOrigin(raw) };
  } catch (error) {
    return { error: `${(error as Error).message} (mail links are built from it).` };
  }
}

function checkFrom(raw: string | undefined, required: boolean): { from: string } | { error: string } {
  const from = raw?.trim();
  if (!from) {
    return required ? { error: 'EMAIL_FROM is not set. Set the sender of Rungs\' mail, like "Rungs <no-reply@rungs.example.org>".' } : { from: DEFAULT_FROM };
  }
  if (from.length > 320 || /[\u0000-\u001f\u007f]/.test(from) || !/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) {
    return { error: 'EMAIL_FROM is not an address, like "Rungs <no-reply@rungs.example.org>" or "no-reply@rungs.example.org".' };
  }
  return { from };
}

/** SMTP_URL checked without ever repeating it: it may hold a password. */
function checkSmtpUrl(raw: string): { smtpUrl: string; url: URL } | { error: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: "SMTP_URL is not a URL. Use smtp://user:password@host:587 or smtps://user:password@host:465." };
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    return { error: `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.` };
  }
  if (!url.hostname) return { error: "SMTP_URL has no host." };
  return { smtpUrl: raw, url };
}

/**
 * What mail does on this server, or why the server must not start. Pure: pass process.env.
 * The start-up line never contains credentials.
 */
export function checkMailConfig(env: Env): MailConfigResult {
  const production = env.NODE_ENV === "production";
  const email = env.EMAIL?.trim().toLowerCase() ?? "";
  if (email !== "" && email !== "log" && email !== "off" && email !== "smtp") {
    return fail(`EMAIL must be "log" (print mail to the server log), "off" (no mail) or "smtp" (send through SMTP_URL, as when unset); it is ${JSON.stringify(env.EMAIL?.slice(0, 20))}.`);
  }
  if (email === "off") {
    return {
      ok: true,
      config: { mode: "off" },
      startupLine: "Rungs: email is off (EMAIL=off): no mail is sent, and pages that need it say email is not configured here.",
    };
  }

  const smtpRaw = env.SMTP_URL?.trim();
  if (email === "smtp" && !smtpRaw) return fail("EMAIL=smtp, but SMTP_URL is not set. Set SMTP_URL (smtp://… or smtps://…) and EMAIL_FROM.");
  const sending = email !== "log" && Boolean(smtpRaw);
  const app = checkAppUrl(env, production, sending);
  if ("error" in app) return fail(app.error);

  if (email === "log" || !smtpRaw) {
    if (email !== "log" && production) {
      return fail(
        "SMTP_URL is not set, so password reset and verification mail cannot be sent. Set SMTP_URL (smtp://… or smtps://…) and EMAIL_FROM, " +
          "or set EMAIL=log to print mail to the server log, or EMAIL=off to turn email off.",
      );
    }
    const from = checkFrom(env.EMAIL_FROM, false);
    if ("error" in from) return fail(from.error);
    // EMAIL=log may sit in .env.local from a first `npm start` after SMTP_URL was set elsewhere: say which wins.
    const why = email !== "log" ? "no SMTP_URL in development" : smtpRaw ? "EMAIL=log, which overrides SMTP_URL" : "EMAIL=log";
    const fix = smtpRaw ? "set EMAIL=smtp, or remove EMAIL from .env.local, to send it" : "set SMTP_URL and EMAIL_FROM to send it";
    return {
      ok: true,
      config: { mode: "log", from: from.from, appUrl: app.appUrl },
      startupLine: `Rungs: mail goes to the server log (${why}), links included; ${fix}.`,
    };
  }

  const smtp = checkSmtpUrl(smtpRaw);
  if ("error" in smtp) return fail(smtp.error);
  const from = checkFrom(env.EMAIL_FROM, true);
  if ("error" in from) return fail(from.error);
  const requireTls = smtp.url.protocol === "smtp:" && !isLoopback(smtp.url.hostname);
  const where = `${smtp.url.protocol}//${smtp.url.host}`;
  return {
    ok: true,
    config: { mode: "smtp", smtpUrl: smtp.smtpUrl, from: from.from, appUrl: app.appUrl, requireTls },
    startupLine: `Rungs: mail is sent through ${where}${requireTls ? " (STARTTLS required)" : ""} from ${from.from}; links point at ${app.appUrl}.`,
  };
}

export type MailStatus = { enabled: true; mode: "smtp" | "log" } | { enabled: false; mode: "off"; message: string };

/** For pages: whether mail can be sent here, and if not, the sentence to show instead. */
export function mailStatus(env: Env = process.env): MailStatus {
  const result = checkMailConfig(env);
  if (!result.ok || result.config.mode === "off") return { enabled: false, mode: "off", message: EMAIL_NOT_CONFIGURED };
  return { enabled: true, mode: result.config.mode };
}

/** The origin mail links start from: APP_URL, or http://localhost:PORT where the check allows that (development, EMAIL=log). */
export function mailAppUrl(env: Env = process.env): string {
  const result = checkMailConfig(env);
  if (result.ok && result.config.mode !== "off") return result.config.appUrl;
  return `http://localhost:${env.PORT?.trim() || 3000}`;
}

type StartupIo = { log: (line: string) => void; error: (line: string) => void; exit: (code: number) => never | void };

/**
 * The start-up check, for instrumentation.ts: prints where mail goes, or why the server refuses to
 * start, and exits then. `(await import("./server/mail/config")).announceMailConfig();`
 */
export function announceMailConfig(env: Env = process.env, io: StartupIo = { log: (line) => console.log(line), error: (line) => console.error(line), exit: (code) => process.exit(code) }): MailConfigResult {
  const result = checkMailConfig(env);
  if (result.ok) io.log(result.startupLine);
  else {
    io.error(result.error);
    io.exit(1);
  }
  return result;
}

/** For a page's notice: null when mail is sent (or logged) here, else the "not configured" sentence. */
export function mailOffMessage(env: Env = process.env): string | null {
  const status = mailStatus(env);
  return status.enabled ? null : status.message;
}
