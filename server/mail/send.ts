import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailContent } from "@/lib/mail-templates";
import { checkMailConfig, type Env, type MailConfig } from "./config";
import { createMailQueue, type MailQueue, type QueuedMail } from "./queue";

export type OutgoingMail = MailContent & { to: string };
type SmtpConfig = Extract<MailConfig, { mode: "smtp" }>;

/** nodemailer's SMTP transport over SMTP_URL; query parameters in the URL override these defaults. */
export function createSmtpTransport(config: SmtpConfig): Transporter {
  return nodemailer.createTransport({
    url: config.smtpUrl,
    // nodemailer's defaults wait minutes; a stuck server should fail the attempt and let it retry.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // smtp:// upgrades with STARTTLS when offered; off loopback, refuse to go on without it.
    requireTLS: config.requireTls,
  });
}

/** The EMAIL=log form: everything a developer needs to follow the link, nothing sent. */
export function formatLoggedMail(mail: OutgoingMail, from: string): string {
  const rule = "-".repeat(60);
  // JSON.stringify: a hostile address cannot add lines to the log.
  return [`Rungs mail (EMAIL=log) ${rule.slice(24)}`, `From: ${from}`, `To: ${JSON.stringify(mail.to)}`, `Subject: ${mail.subject}`, "", mail.text.trimEnd(), rule].join("\n");
}

let transport: { url: string; transporter: Transporter } | null = null;

function smtpTransport(config: SmtpConfig): Transporter {
  if (transport?.url !== config.smtpUrl) {
    transport?.transporter.close();
    transport = { url: config.smtpUrl, transporter: createSmtpTransport(config) };
  }
  return transport.transporter;
}

/** Sends one mail now, per the configuration in `env`; throws on failure. Requests use queueMail instead. */
export async function deliverMail(mail: QueuedMail, env: Env = process.env, log: (text: string) => void = console.log): Promise<void> {
  const result = checkMailConfig(env);
  if (!result.ok) throw Object.assign(new Error("mail is misconfigured"), { code: "ECONFIG" });
  const { config } = result;
  if (config.mode === "off") return;
  if (config.mode === "log") {
    log(formatLoggedMail(mail, config.from));
    return;
  }
  await smtpTransport(config).sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}

// One queue per process, even when Next.js bundles this module into several chunks.
const QUEUE_KEY = Symbol.for("rungs.mail-queue");
type WithQueue = typeof globalThis & { [QUEUE_KEY]?: MailQueue };

function queue(): MailQueue {
  const holder = globalThis as WithQueue;
  holder[QUEUE_KEY] ??= createMailQueue({ deliver: (mail) => deliverMail(mail) });
  return holder[QUEUE_KEY];
}

/**
 * Sends a mail in the background and returns at once, whatever happens: the request never waits
 * on SMTP and never sees its errors (they are logged, recipient redacted). With EMAIL=off it does
 * nothing. Returns whether the mail was queued.
 */
export function queueMail(mail: OutgoingMail): boolean {
  try {
    const result = checkMailConfig(process.env);
    if (result.ok && result.config.mode === "off") return false;
    return queue().enqueue({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  } catch (error) {
    console.error("Rungs: could not queue a mail.", error instanceof Error ? error.name : "");
    return false;
  }
}

/** Resolves when every queued mail is sent or given up on (tests; a graceful shutdown may await it). */
export function mailIdle(): Promise<void> {
  return queue().idle();
}
