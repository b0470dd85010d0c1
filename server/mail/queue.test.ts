import { describe, expect, it, vi } from "vitest";
import { createMailQueue, describeMailError, isPermanentMailError, type QueuedMail } from "./queue";
import { redactAddress, redactAddresses } from "./redact";

const mail = (to = "alice@example.com"): QueuedMail => ({ to, subject: "Reset your Rungs password", text: "t", html: "h" });
const noSleep = () => Promise.resolve();

describe("redaction", () => {
  it("keeps the first character and the domain only", () => {
    expect(redactAddress("alice@example.com")).toBe("a***@example.com");
    expect(redactAddress("not-an-address")).toBe("***");
    expect(redactAddress("@example.com")).toBe("***");
  });

  it("redacts every address an SMTP error quotes, and flattens line breaks", () => {
    const line = redactAddresses("550 5.1.1 <bob.smith@example.org>: Recipient address rejected\r\nalso carol@x.example");
    expect(line).not.toMatch(/bob\.smith|carol@/);
    expect(line).toContain("b***@example.org");
    expect(line).not.toMatch(/[\r\n]/);
  });
});

describe("createMailQueue", () => {
  it("returns at once and delivers in the background", async () => {
    let release!: () => void;
    const deliver = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const queue = createMailQueue({ deliver, sleep: noSleep });
    expect(queue.enqueue(mail())).toBe(true);
    // Nothing has started yet: the request that queued it is not even waiting for a connection.
    expect(deliver).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(queue.pending()).toBe(1);
    release();
    await queue.idle();
    expect(queue.pending()).toBe(0);
  });

  it("retries a temporary failure, then gives up with a log line that names no recipient", async () => {
    const logError = vi.fn();
    const deliver = vi.fn().mockRejectedValue(Object.assign(new Error("Connection refused to alice@example.com"), { code: "ECONNECTION" }));
    const queue = createMailQueue({ deliver, logError, retryDelaysMs: [1, 1], sleep: noSleep });
    queue.enqueue(mail());
    await queue.idle();
    expect(deliver).toHaveBeenCalledTimes(3);
    expect(logError).toHaveBeenCalledTimes(1);
    const line = String(logError.mock.calls[0]?.[0]);
    expect(line).toMatch(/failed after 3 attempt/);
    expect(line).toContain("a***@example.com");
    expect(line).not.toContain("alice");
  });

  it("does not retry a permanent refusal, and recovers from a temporary one", async () => {
    const logError = vi.fn();
    const deliver = vi
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }))
      .mockRejectedValueOnce(Object.assign(new Error("try later"), { responseCode: 451 }))
      .mockResolvedValue(undefined);
    const queue = createMailQueue({ deliver, logError, concurrency: 1, sleep: noSleep });
    queue.enqueue(mail("a@example.com"));
    queue.enqueue(mail("b@example.com"));
    await queue.idle();
    expect(deliver).toHaveBeenCalledTimes(3);
    expect(logError).toHaveBeenCalledTimes(1);
    expect(String(logError.mock.calls[0]?.[0])).toMatch(/failed after 1 attempt.*550/);
  });

  it("never lets a throwing deliver escape, and keeps going", async () => {
    const logError = vi.fn();
    const deliver = vi.fn().mockImplementationOnce(() => {
      throw new TypeError("boom");
    });
    const queue = createMailQueue({ deliver, logError, retryDelaysMs: [], sleep: noSleep });
    expect(() => queue.enqueue(mail())).not.toThrow();
    queue.enqueue(mail());
    await queue.idle();
    expect(deliver).toHaveBeenCalledTimes(2);
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it("sends at most `concurrency` at once and drops what does not fit, saying so", async () => {
    let running = 0;
    let most = 0;
    const deliver = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    const logError = vi.fn();
    const queue = createMailQueue({ deliver, logError, concurrency: 2, maxPending: 5, sleep: noSleep });
    const accepted = Array.from({ length: 8 }, (_, i) => queue.enqueue(mail(`user${i}@example.com`)));
    expect(accepted).toEqual([true, true, true, true, true, false, false, false]);
    expect(logError).toHaveBeenCalledWith(expect.stringMatching(/queue full.*u\*\*\*@example\.com/));
    await queue.idle();
    expect(most).toBe(2);
  });

  it("classifies nodemailer errors", () => {
    expect(isPermanentMailError({ responseCode: 550 })).toBe(true);
    expect(isPermanentMailError({ responseCode: 421 })).toBe(false);
    expect(isPermanentMailError({ code: "EAUTH" })).toBe(true);
    expect(isPermanentMailError({ code: "ETIMEDOUT" })).toBe(false);
    expect(isPermanentMailError(undefined)).toBe(false);
    expect(describeMailError(Object.assign(new Error("x <a@b.example>"), { code: "EENVELOPE", responseCode: 553 }))).toBe("EENVELOPE 553 x <a***@b.example>");
  });
});
