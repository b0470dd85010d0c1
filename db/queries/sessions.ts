import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "../client";
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
  const [row] = await db()
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())));
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
