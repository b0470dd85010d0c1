import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getDb } from "../client";
import { sessions, users } from "../schema";
import { userColumns, type UserRecord } from "./users";

export async function createSession(userId: string, expiresAt: Date): Promise<string> {
  const id = randomUUID();
  getDb().insert(sessions).values({ id, userId, createdAt: new Date(), expiresAt }).run();
  return id;
}

/** The user behind a live session, in one indexed lookup; null when revoked, expired or gone. */
export async function getUserBySession(sessionId: string, userId: string): Promise<UserRecord | null> {
  const row = getDb()
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .get();
  return row ?? null;
}

export async function deleteSession(sessionId: string): Promise<void> {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export async function deleteUserSessions(userId: string): Promise<void> {
  getDb().delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Housekeeping: a session at or past its expiry can never sign anyone in again. Returns rows deleted. */
export async function pruneExpiredSessions(now: Date): Promise<number> {
  return getDb().delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
