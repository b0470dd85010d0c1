import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/test-db";
import { setLevel } from "@/db/queries/levels";
import { updateProfileSettings } from "@/db/queries/profiles";
import { createUser } from "@/db/queries/users";
import { answerBadge, badgeSegment } from "./badge-read";

// GET /u/<handle>/badge.svg as proxy.ts answers it: straight from the database on every request.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function publicUser(email: string, handle: string) {
  const user = await createUser({ email, passwordHash: "x", name: "Badge Person" });
  if (!user) throw new Error("user not created");
  await updateProfileSettings(user.id, { name: "Badge Person", handle, isPublic: true });
  return user;
}

async function badge(segment: string) {
  const response = await answerBadge(segment);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  return response.text();
}

describe("badgeSegment", () => {
  it("takes the handle segment of a badge path only", () => {
    expect(badgeSegment("/u/ada/badge.svg")).toBe("ada");
    expect(badgeSegment("/u/%61da/badge.svg")).toBe("%61da");
    for (const path of ["/u/ada", "/u/ada/badge.svg/x", "/u//badge.svg", "/u/a/b/badge.svg", "/x/u/ada/badge.svg", "/u/ada/badge.svgz"]) {
      expect(badgeSegment(path)).toBeNull();
    }
  });
});

describe("answerBadge", () => {
  it("shows the profile's readiness, fresh on every request", async () => {
    const user = await publicUser("badge-1@example.com", "badge-fresh");
    expect(await badge("badge-fresh")).toContain(">Junior 0%</text>");
    await setLevel(user.id, "linux-basics", 1);
    const svg = await badge("badge-fresh");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">Junior 5%</text>");
    // The segment as sent: escaped and upper-case letters name the same handle, as on the page.
    expect(await badge("Badge-%66resh")).toContain(">Junior 5%</text>");
  });

  it("gives private, unknown and malformed handles the same neutral badge", async () => {
    const user = await publicUser("badge-2@example.com", "badge-private");
    await setLevel(user.id, "linux-basics", 2);
    const unknown = await badge("badge-nobody");
    expect(unknown).toContain(">private</text>");
    await updateProfileSettings(user.id, { name: "Badge Person", handle: "badge-private", isPublic: false });
    expect(await badge("badge-private")).toBe(unknown);
    for (const segment of ["%ff", "a", "admin", "no_underscores", "%3Cscript%3E"]) expect(await badge(segment)).toBe(unknown);
  });
});
