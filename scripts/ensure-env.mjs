// Makes a fresh clone work out of the box: on first run, writes a random AUTH_SECRET (and
// AUTH_TRUST_HOST for a local `next start`) to .env.local, which git ignores and Next.js loads,
// and EMAIL=log so that `npm start` (production mode) prints mail to the server log instead of
// refusing to start for want of SMTP_URL. In production, set AUTH_SECRET and SMTP_URL in the
// environment instead; then this file is left alone.
//
// With DATABASE_URL (PostgreSQL) several processes, often on several machines, share one
// database, and a secret generated here would be this machine's alone: a session signed by one
// process would be refused by the next. So then it generates nothing and stops with the fix.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const has = (key) => process.env[key] || new RegExp(`^${key}=`, "m").test(current);
const fromFile = (key) => new RegExp(`^${key}=["']?([^"'\\n]*)`, "m").exec(current)?.[1] ?? "";
const databaseUrl = process.env.DATABASE_URL || fromFile("DATABASE_URL");

if (/^postgres(ql)?:\/\//i.test(databaseUrl) && !has("AUTH_SECRET")) {
  console.error(
    [
      "ensure-env: DATABASE_URL is set but AUTH_SECRET is not, and no secret is generated for you:",
      "every app process that shares this database (on this machine and on every other) must use",
      "the same AUTH_SECRET, or a session signed by one is refused by the next. Generate one once",
      "(openssl rand -base64 32) and set it in the environment (or .env.local) of every process.",
      "Set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY the same way, the same everywhere, before `next build`",
      "(or run one build everywhere), so a server action of one process is understood by all.",
    ].join("\n"),
  );
  process.exit(1);
}

const lines = [];
if (!has("AUTH_SECRET")) lines.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
if (!has("AUTH_TRUST_HOST")) lines.push("AUTH_TRUST_HOST=true");
if (!has("EMAIL") && !has("SMTP_URL")) lines.push("EMAIL=log");
if (lines.length > 0) {
  const prefix = current && !current.endsWith("\n") ? "\n" : "";
  writeFileSync(file, `${current}${prefix}${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`ensure-env: wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to ${file}`);
}
