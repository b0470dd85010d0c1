import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { profileHandlesToExpire } from "./profile-expiry";

const ROOT = join(import.meta.dirname, "..");
const EXPIRE = "expirePublicProfile";
// The form whose write takes the tags and records their expiry in its own transaction.
const EXPIRE_WITHIN = "expirePublicProfileWithin";

// Every db/queries function that writes must be sorted here: a new one fails the test until it is.
const PROFILE_WRITES = ["setLevel", "setLevels", "applyLevelPlan", "saveNotes", "writeNote", "updateProfileSettings", "deleteUser"];
const OTHER_WRITES = [
  "createUser", // a new account has no handle yet
  "updatePassword", "bumpSessionVersion", "createSession", "deleteSession", "deleteUserSessions",
  "pruneExpiredSessions", "recordFailures", "clearKeys", "pruneThrottle",
  "reserveAttempt", "releaseAttempt", "reserveAll", "releaseAll",
  // Tokens, provider identities and the verified time are never shown on a public profile.
  "replaceAuthToken", "consumeAuthToken", "deleteUserTokens", "pruneExpiredTokens",
  "linkProviderAccount", "unlinkProviderAccount", "createUserWithProviderAccount", "markEmailVerified",
  // Using a mail link: a password, sessions, the verified time or the email, none on a public profile.
  "resetPasswordWithToken", "verifyEmailWithToken", "changeEmailWithToken",
  // The expiry itself (cache tag marks shared by every process), written only by profile-expiry.ts
  // and the cache handler's store.
  "expireTagsNow", "recordTagExpiries", "tagExpiryWrite",
  // The learner's goal is shown on their own Dashboard only, never on the public profile.
  "setGoal", "writeGoal",
  // The change log by day, for the learner's own Dashboard history; written only inside setLevels.
  "recordDays",
];
const READ = /^(get|list|check|count|find|is)[A-Z]/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

type Module = { locals: Map<string, ts.Node>; imports: Map<string, { from: string; name: string }>; exports: Map<string, ts.Node>; source: ts.SourceFile };
const modules = new Map<string, Module>();

function load(path: string): Module {
  const cached = modules.get(path);
  if (cached) return cached;
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const mod: Module = { locals: new Map(), imports: new Map(), exports: new Map(), source };
  for (const s of source.statements) {
    const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const bindings = s.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) mod.imports.set(el.name.text, { from: s.moduleSpecifier.text, name: (el.propertyName ?? el.name).text });
      }
    } else if (ts.isFunctionDeclaration(s) && s.name) {
      mod.locals.set(s.name.text, s);
      if (exported) mod.exports.set(s.name.text, s);
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        mod.locals.set(d.name.text, d.initializer);
        if (exported) mod.exports.set(d.name.text, d.initializer);
      }
    }
  }
  modules.set(path, mod);
  return mod;
}

function resolveImport(from: string, fromFile: string): string | null {
  let base: string;
  if (from.startsWith("@/")) base = from.slice(2);
  else if (from.startsWith(".")) base = relative(ROOT, join(ROOT, fromFile, "..", from));
  else return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      readFileSync(join(ROOT, candidate));
      return candidate;
    } catch {
      // try the next extension
    }
  }
  return null;
}

/** Every db/queries function and every call of expirePublicProfile an export can reach, across our modules. */
function reach(path: string, node: ts.Node, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  const mod = load(path);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== node) {
      const name = n.text;
      const local = mod.locals.get(name);
      const imported = mod.imports.get(name);
      if (local && !seen.has(`${path}#${name}`)) {
        seen.add(`${path}#${name}`);
        reach(path, local, seen, found);
      } else if (imported) {
        if (imported.from.startsWith("@/db/queries/")) found.add(imported.name);
        else if (imported.name === EXPIRE || imported.name === EXPIRE_WITHIN) found.add(EXPIRE);
        else {
          const target = resolveImport(imported.from, path);
          const key = `${target}#${imported.name}`;
          const exportedNode = target ? load(target).exports.get(imported.name) : undefined;
          if (target && exportedNode && !seen.has(key)) {
            seen.add(key);
            reach(target, exportedNode, seen, found);
          }
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

const actionModules = files("app").filter((f) => /^\s*["']use server["']/.test(readFileSync(join(ROOT, f), "utf8")));
const routeModules = files("app").filter((f) => /\/route\.ts$/.test(f));
const entryPoints = [
  ...actionModules.flatMap((f) => [...load(f).exports.keys()].map((name) => ({ file: f, name }))),
  ...routeModules.flatMap((f) => [...load(f).exports.keys()].filter((n) => /^(POST|PUT|PATCH|DELETE)$/.test(n)).map((name) => ({ file: f, name }))),
];

describe("profile expiry on every write path", () => {
  it("finds the action modules and route handlers to check", () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(6);
    expect(entryPoints.map((e) => e.name)).toEqual(expect.arrayContaining(["setSkillLevelAction", "saveProfileAction", "POST"]));
  });

  it("knows whether each db/queries function that writes can change a public profile", () => {
    const writes = files("db/queries").flatMap((f) =>
      [...readFileSync(join(ROOT, f), "utf8").matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]!).filter((n) => !READ.test(n)),
    );
    const unsorted = writes.filter((n) => !PROFILE_WRITES.includes(n) && !OTHER_WRITES.includes(n));
    expect(unsorted, "sort these into PROFILE_WRITES or OTHER_WRITES").toEqual([]);
  });

  it.each(entryPoints)("$file $name expires the profile if it can change it", ({ file, name }) => {
    const reached = reach(file, load(file).exports.get(name)!);
    const profileWrites = PROFILE_WRITES.filter((w) => reached.has(w));
    if (profileWrites.length > 0) expect(reached.has(EXPIRE), `${name} calls ${profileWrites.join(", ")} but never ${EXPIRE}`).toBe(true);
  });

  it(`${EXPIRE_WITHIN} is given a write that takes its tags (else no mark is written before the answer)`, () => {
    const calls: { file: string; text: string; ok: boolean }[] = [];
    for (const file of [...actionModules, ...routeModules]) {
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === EXPIRE_WITHIN) {
          const write = n.arguments[1];
          const param = write && ts.isArrowFunction(write) ? write.parameters[0]?.name : undefined;
          // The callback hands its tags parameter straight to a profile-changing write.
          let ok = false;
          const find = (m: ts.Node): void => {
            if (ts.isCallExpression(m) && ts.isIdentifier(m.expression) && PROFILE_WRITES.includes(m.expression.text)) {
              ok ||= m.arguments.some((a) => param !== undefined && ts.isIdentifier(param) && ts.isIdentifier(a) && a.text === param.text);
            }
            ts.forEachChild(m, find);
          };
          if (write) find(write);
          calls.push({ file, text: n.getText(), ok });
        }
        ts.forEachChild(n, visit);
      };
      visit(load(file).source);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.filter((c) => !c.ok)).toEqual([]);
  });

  it("every profile-changing write is reached by some action (the list is not stale)", () => {
    const reached = new Set(entryPoints.flatMap(({ file, name }) => [...reach(file, load(file).exports.get(name)!)]));
    expect(PROFILE_WRITES.filter((w) => w !== "writeNote" && !reached.has(w))).toEqual([]);
  });

  it("nothing else expires cache tags: one function, one API", () => {
    const offenders = [...files("app"), ...files("server"), ...files("components")].filter(
      (f) => f !== "server/profile-expiry.ts" && /\b(updateTag|revalidateTag|revalidatePath)\s*\(/.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("nothing else writes the shared tag expiry table: profile-expiry.ts and the cache handler's store only", () => {
    const allowed = ["server/profile-expiry.ts", "server/tag-expiry-store.ts"];
    const offenders = [...files("app"), ...files("server"), ...files("components")].filter(
      (f) => !allowed.includes(f) && /\b(expireTagsNow|recordTagExpiries|tagExpiryWrite)\b/.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});

describe("profileHandlesToExpire", () => {
  it("expires the current handle and the old one when it changed, each once", () => {
    expect(profileHandlesToExpire("ada", "ada-old")).toEqual(["ada", "ada-old"]);
    expect(profileHandlesToExpire("ada", "ada")).toEqual(["ada"]);
    expect(profileHandlesToExpire(null, "ada-old")).toEqual(["ada-old"]);
    expect(profileHandlesToExpire(null)).toEqual([]);
  });
});
