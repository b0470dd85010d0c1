// Makes a fresh clone work out of the box: on first run, writes a random AUTH_SECRET (and
// AUTH_TRUST_HOST for a local `next start`) to .env.local, which git ignores and Next.js loads,
// and EMAIL=log so that `npm start` (production mode) prints mail to the server log instead of
// refusing to start for want of SMTP_URL. In production, set AUTH_SECRET and SMTP_URL in the
// environment instead; then this file is left alone.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const has = (key) => process.env[key] || new RegExp(`^${key}=`, "m").test(current);

const lines = [];
if (!has("AUTH_SECRET")) lines.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
if (!has("AUTH_TRUST_HOST")) lines.push("AUTH_TRUST_HOST=true");
if (!has("EMAIL") && !has("SMTP_URL")) lines.push("EMAIL=log");
if (lines.length > 0) {
  const prefix = current && !current.endsWith("\n") ? "\n" : "";
  writeFileSync(file, `${current}${prefix}${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`ensure-env: wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to ${file}`);
}
