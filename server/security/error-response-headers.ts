import { ServerResponse } from "node:http";
import { NO_SCRIPT_POLICY } from "@/server/security/csp.mjs";
import { STATIC_SECURITY_HEADERS } from "@/server/security/security-headers";

const FALLBACK: Readonly<Record<string, string>> = { ...STATIC_SECURITY_HEADERS, "Content-Security-Policy": NO_SCRIPT_POLICY };

function passedHeaderNames(args: unknown[]): Set<string> {
  const names = new Set<string>();
  for (const arg of args) {
    if (Array.isArray(arg)) {
      // Raw form: [name, value, name, value…] or [[name, value]…].
      arg.forEach((item, i) => {
        if (Array.isArray(item)) names.add(String(item[0]).toLowerCase());
        else if (i % 2 === 0) names.add(String(item).toLowerCase());
      });
    } else if (arg && typeof arg === "object") {
      for (const name of Object.keys(arg)) names.add(name.toLowerCase());
    }
  }
  return names;
}

/**
 * Gives every error response that left without them the security headers and a policy under which
 * no script runs. proxy.ts sets them on the way in, but one case escapes it: a cached page
 * (landing, public profile) gets its policy from the cached HTML, so when rendering it throws, the
 * 500 error page would go out with none, and Next has no hook between rendering and sending an
 * error. The headers proxy.ts did send are never replaced. Returns the undo, for tests.
 */
export function guardErrorResponseHeaders(): () => void {
  const original = ServerResponse.prototype.writeHead;
  function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode >= 400 && !this.headersSent) {
      const passed = passedHeaderNames(rest);
      for (const [name, value] of Object.entries(FALLBACK)) {
        if (!passed.has(name.toLowerCase()) && !this.hasHeader(name)) this.setHeader(name, value);
      }
    }
    return (original as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  }
  ServerResponse.prototype.writeHead = writeHead as typeof original;
  return () => {
    ServerResponse.prototype.writeHead = original;
  };
}
