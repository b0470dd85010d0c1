import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { actionIdFromManifest, actionRequest, actionSucceeded } from "./action-id.mjs";

let dirs = [];
function appWithManifest(manifest) {
  const root = mkdtempSync(join(tmpdir(), "rungs-action-id-"));
  dirs.push(root);
  mkdirSync(join(root, ".next/server"), { recursive: true });
  writeFileSync(join(root, ".next/server/server-reference-manifest.json"), JSON.stringify(manifest));
  return root;
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe("actionIdFromManifest", () => {
  const manifest = {
    node: {
      "40aa": { filename: "app/(shell)/skills/actions.ts", exportedName: "getMyLevelsAction" },
      "40bb": { filename: "app/(shell)/skills/actions.ts", exportedName: "setSkillLevelAction" },
      "40cc": { filename: "bench/floor-app/app/action/actions.ts", exportedName: "pingAction" },
    },
  };

  it("finds an action by file and export, also under a Turbopack root above the app", () => {
    const root = appWithManifest(manifest);
    expect(actionIdFromManifest(root, "app/(shell)/skills/actions.ts", "setSkillLevelAction")).toBe("40bb");
    expect(actionIdFromManifest(root, "app/action/actions.ts", "pingAction")).toBe("40cc");
  });

  it("answers null for an unknown action or a missing build", () => {
    expect(actionIdFromManifest(appWithManifest(manifest), "app/other.ts", "setSkillLevelAction")).toBeNull();
    expect(actionIdFromManifest(join(tmpdir(), "no-such-app"), "app/action/actions.ts", "pingAction")).toBeNull();
  });
});

describe("actionRequest", () => {
  it("is shaped like the browser's call, with the session only when there is one", () => {
    const signedIn = actionRequest("http://127.0.0.1:3200", "40bb", "authjs.session-token=x", "git", 2);
    expect(signedIn).toMatchObject({ method: "POST", path: "/skills", body: '[{"skillId":"git","level":2}]' });
    expect(signedIn.headers).toMatchObject({ "Next-Action": "40bb", Origin: "http://127.0.0.1:3200", Cookie: "authjs.session-token=x" });
    expect(actionRequest("http://h", "40cc", null, "git", 1, "/action").headers).not.toHaveProperty("Cookie");
  });

  it("counts only an answer that says ok as a success", () => {
    expect(actionSucceeded('0:{"a":"$@1"}\n1:{"ok":true,"data":{}}')).toBe(true);
    expect(actionSucceeded('1:{"ok":false,"error":"Not signed in"}')).toBe(false);
  });
});
