import { redactAddress, redactAddresses } from "./redact";

// Mail leaves in the background: a request that triggers one answers at once and in the same time
// whether or not a mail was sent (no account enumeration by timing), and an SMTP outage never
// turns into an error page. Bounded, so a flood of requests cannot grow memory without limit.

export type QueuedMail = { to: string; subject: string; text: string; html: string };

export type MailQueueOptions = {
  deliver: (mail: QueuedMail) => Promise<void>;
  logError?: (line: string) => void;
  concurrency?: number;
  maxPending?: number;
  /** Waits before each retry; a permanent refusal (5xx, bad address, bad login) is not retried. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
};

export type MailQueue = {
  /** Queues a mail and returns at once; false when the queue is full (the mail is dropped and logged). Never throws. */
  enqueue(mail: QueuedMail): boolean;
  /** Resolves when nothing is queued or sending (tests, shutdown). */
  idle(): Promise<void>;
  pending(): number;
};

type SmtpError = { code?: unknown; responseCode?: unknown; message?: unknown };

export function isPermanentMailError(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  if (typeof responseCode === "number") return responseCode >= 500;
  return code === "EAUTH" || code === "EENVELOPE" || code === "EMESSAGE" || code === "ECONFIG";
}

export function describeMailError(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as SmtpError;
  const parts = [typeof code === "string" ? code : null, typeof responseCode === "number" ? String(responseCode) : null, typeof message === "string" ? message : String(error)];
  return redactAddresses(parts.filter(Boolean).join(" ").slice(0, 500));
}

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    // A retry waiting must not keep a stopping process alive.
    setTimeout(resolve, ms).unref();
  });

export function createMailQueue({
  deliver,
  logError = (line) => console.error(line),
  concurrency = 2,
  maxPending = 500,
  retryDelaysMs = [2_000, 15_000],
  sleep = defaultSleep,
}: MailQueueOptions): MailQueue {
  const waiting: QueuedMail[] = [];
  let active = 0;
  let idleWaiters: Array<() => void> = [];

  const settle = () => {
    if (active === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  async function sendWithRetries(mail: QueuedMail): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await deliver(mail);
        return;
      } catch (error) {
        const delay = retryDelaysMs[attempt];
        if (delay === undefined || isPermanentMailError(error)) {
          logError(`Rungs: mail "${mail.subject}" to ${redactAddress(mail.to)} failed after ${attempt + 1} attempt(s): ${describeMailError(error)}`);
          return;
        }
        await sleep(delay);
      }
    }
  }

  const pump = () => {
    while (active < concurrency && waiting.length > 0) {
      const mail = waiting.shift() as QueuedMail;
      active++;
      void sendWithRetries(mail)
        .catch((error: unknown) => logError(`Rungs: mail queue error: ${describeMailError(error)}`))
        .finally(() => {
          active--;
          pump();
          settle();
        });
    }
  };

  return {
    enqueue(mail) {
      if (waiting.length >= maxPending) {
        logError(`Rungs: mail queue full (${maxPending} waiting); dropped "${mail.subject}" to ${redactAddress(mail.to)}.`);
        return false;
      }
      waiting.push(mail);
      // Started on a later tick: the request that queued it never waits on SMTP, not even to connect.
      setImmediate(pump);
      return true;
    },
    idle() {
      if (active === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    pending: () => waiting.length + active,
  };
}
