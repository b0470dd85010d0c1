import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { createTestDatabase } from "@/db/test-db";
import { setGoal } from "@/db/queries/goals";
import { listLevelChanges, setLevel } from "@/db/queries/levels";
import { createSession, deleteSession } from "@/db/queries/sessions";
import { bumpSessionVersion, createUser } from "@/db/queries/users";
import { dashboardView } from "@/lib/dashboard-view";
import { computeReadiness } from "@/lib/readiness";
import { mailOffMessage } from "./mail/config";
import { answerMe } from "./me-read";

// GET /api/me as proxy.ts answers it: the session from the request's own cookie, checked against
// its row; other users' data never; private, no-store on every answer.

const SECRET = "me-read-test-secret-me-read-test-secret";
const COOKIE = "authjs.session-token";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function signedIn(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: email.split("@")[0] ?? null });
  if (!user) throw new Error("user not created");
  const sid = await createSession(user.id, new Date(Date.now() + 3_600_000));
  const token = await encode({ token: { sub: user.id, sid, sv: 0 }, secret: SECRET, salt: COOKIE });
  return { user, sid, cookie: `${COOKIE}=${token}` };
}

function get(query: string, cookie?: string) {
  return answerMe(new NextRequest(`http://localhost/api/me${query}`, { headers: cookie ? { cookie } : {} }), undefined);
}

async function expectStatus(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
}

/** A visitor's answer: 200 and `null` (a 401 is a console error on every visitor's shell page). */
async function expectSignedOut(response: Response) {
  await expectStatus(response, 200);
  expect(await response.text()).toBe("null");
}

describe("GET /api/me (server/me-read.ts)", () => {
  it("answers 400 to an unknown view, signed in or not", async () => {
    const { cookie } = await signedIn("me-read-view@example.com");
    await expectStatus(await get("?view=settings", cookie), 400);
    await expectStatus(await get("?view=", undefined), 400);
  });

  it("answers null (200) without a cookie, to a forged one, and once the session is gone or superseded", async () => {
    await expectSignedOut(await get(""));
    await expectSignedOut(await get("", `${COOKIE}=not-a-token`));
    const forged = await encode({ token: { sub: "someone", sid: "x", sv: 0 }, secret: "another-secret-another-secret-another", salt: COOKIE });
    await expectSignedOut(await get("?view=dashboard", `${COOKIE}=${forged}`));

    const loggedOut = await signedIn("me-read-logout@example.com");
    await expectStatus(await get("", loggedOut.cookie), 200);
    await deleteSession(loggedOut.sid);
    await expectSignedOut(await get("", loggedOut.cookie));

    const bumped = await signedIn("me-read-bumped@example.com");
    await bumpSessionVersion(bumped.user.id);
    await expectSignedOut(await get("?view=dashboard", bumped.cookie));
  });

  it("gives each user their own account and levels, and the Dashboard's numbers from lib/dashboard-view.ts", async () => {
    const a = await signedIn("me-read-a@example.com");
    const b = await signedIn("me-read-b@example.com");
    await setLevel(a.user.id, "rest", 2);
    await setLevel(a.user.id, "django", 1);
    await setLevel(b.user.id, "flask", 3);
    await setGoal(a.user.id, { tier: "mid", targetDate: "2031-06-01" });

    const meA = await get("", a.cookie);
    await expectStatus(meA, 200);
    expect(await meA.json()).toEqual({ id: a.user.id, name: "me-read-a", email: "me-read-a@example.com", emailVerified: false, mailOff: mailOffMessage(), levels: { rest: 2, django: 1 } });
    const meB = await (await get("", b.cookie)).json();
    expect(meB.levels).toEqual({ flask: 3 });
    expect(meB.dashboard).toBeUndefined();

    const response = await get("?view=dashboard", a.cookie);
    await expectStatus(response, 200);
    const body = await response.json();
    expect(body.levels).toEqual({ rest: 2, django: 1 });
    expect(body.dashboard.readiness).toEqual(computeReadiness({ rest: 2, django: 1 }));
    const changes = await listLevelChanges(a.user.id);
    const expected = dashboardView({ levels: { rest: 2, django: 1 }, history: changes, recent: changes, goal: { tier: "mid", targetDate: "2031-06-01" }, now: new Date() });
    expect(body.dashboard).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("reads through a reopened connection (prepared statements are per connection)", async () => {
    const c = await signedIn("me-read-reopen@example.com");
    await expectStatus(await get("?view=dashboard", c.cookie), 200);
    await closeDb();
    await expectStatus(await get("?view=dashboard", c.cookie), 200);
  });
});
