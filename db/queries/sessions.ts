import "server-only";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { prepared } from "../prepared";
import { sessions, users } from "../tables";
import { write } from "../tx";
import { userColumns, type UserRecord } from "./users";

export async function createSession(userId: string, expiresAt: Date): Promise<string> {
  const id = randomUUID();
  await write((q) => q.insert(sessions).values({ id, userId, createdAt: new Date(), expiresAt }));
  return id;
}

/** The user behind a live session, in one indexed lookup; null when revoked, expired or gone. */
export async function getUserBySession(sessionId: string, userId: string): Promise<UserRecord | null> {
  // On every signed-in request: prepared once (db/prepared.ts), the ids and the time bound per call.
  const statement = prepared("user_by_session", (q) =>
    q
      .select(userColumns)
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.id, sql.placeholder("sessionId")),
          eq(sessions.userId, sql.placeholder("userId")),
          gt(sessions.expiresAt, sql.param(sql.placeholder("now"), sessions.expiresAt)),
        ),
      ),
  );
  const [row] = await statement.execute({ sessionId, userId, now: new Date() });
  return row ?? null;
}

export async function deleteSession(sessionId: string): Promise<void> {
  await write((q) => q.delete(sessions).where(eq(sessions.id, sessionId)));
}

export async function deleteUserSessions(userId: string): Promise<void> {
  await write((q) => q.delete(sessions).where(eq(sessions.userId, userId)));
}

/** Housekeeping: a session at or past its expiry can never sign anyone in again. Returns rows deleted. */
export async function pruneExpiredSessions(now: Date): Promise<number> {
  const gone = await write((q) => q.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id }));
  return gone.length;
}
