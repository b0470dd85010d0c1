import "server-only";
import { eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "../client";
import { users } from "../tables";
import { write } from "../tx";

export type UserRecord = {
  id: string;
  email: string;
  name: string | null;
  handle: string | null;
  isPublic: boolean;
  sessionVersion: number;
  createdAt: Date;
  emailVerifiedAt: Date | null;
  /** The goal as stored: db/queries/goals.ts goalOf reads it. */
  goalTier: string | null;
  goalDate: string | null;
};

/** passwordHash is null for a user who signs in only with a provider and never set a password. */
export type UserWithHash = UserRecord & { passwordHash: string | null };

export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  handle: users.handle,
  isPublic: users.isPublic,
  sessionVersion: users.sessionVersion,
  createdAt: users.createdAt,
  emailVerifiedAt: users.emailVerifiedAt,
  goalTier: users.goalTier,
  goalDate: users.goalDate,
};

/**
 * Returns null when the email is taken; nothing is written then. One atomic statement: of two
 * sign-ups with one email at the same moment, the unique index lets exactly one in.
 */
export async function createUser(input: {
  email: string;
  passwordHash: string;
  name: string | null;
}): Promise<UserRecord | null> {
  const [row] = await write((q) =>
    q
      .insert(users)
      .values({ id: randomUUID(), email: input.email, passwordHash: input.passwordHash, name: input.name, createdAt: new Date() })
      .onConflictDoNothing({ target: users.email })
      .returning(userColumns),
  );
  return row ?? null;
}

export async function getUserByEmail(email: string): Promise<UserWithHash | null> {
  const [row] = await db()
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  return row ?? null;
}

export async function getUserWithHashById(id: string): Promise<UserWithHash | null> {
  const [row] = await db()
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

/** Stores a new hash and ends every existing session (they carry the old session version). */
export async function updatePassword(id: string, passwordHash: string): Promise<number> {
  const [row] = await write((q) =>
    q
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id))
      .returning({ sessionVersion: users.sessionVersion }),
  );
  return row?.sessionVersion ?? 0;
}

export async function bumpSessionVersion(id: string): Promise<number> {
  const [row] = await write((q) =>
    q
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id))
      .returning({ sessionVersion: users.sessionVersion }),
  );
  return row?.sessionVersion ?? 0;
}

/** Records that the user proved they read mail at their address; false when there is no such user. */
export async function markEmailVerified(id: string, at: Date): Promise<boolean> {
  const rows = await write((q) => q.update(users).set({ emailVerifiedAt: at }).where(eq(users.id, id)).returning({ id: users.id }));
  return rows.length > 0;
}

/** Removes the user; their levels, log, notes, sessions, tokens and provider accounts go with them (ON DELETE CASCADE). */
export async function deleteUser(id: string): Promise<void> {
  await write((q) => q.delete(users).where(eq(users.id, id)));
}
