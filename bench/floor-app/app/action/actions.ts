"use server";

export async function pingAction(input: unknown): Promise<{ ok: true; echo: unknown }> {
  return { ok: true, echo: input };
}
