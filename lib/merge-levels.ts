import { isLevel, type Level } from "./levels";
import { isSkillId } from "./roadmap";

export type LevelChangePlan = { skillId: string; from: Level; to: Level };

/** Guest levels raise an account's levels, never lower them (keep the higher per skill). */
export function planGuestMerge(
  account: Readonly<Record<string, Level | undefined>>,
  guest: Readonly<Record<string, unknown>>,
): LevelChangePlan[] {
  const plan: LevelChangePlan[] = [];
  for (const [skillId, level] of Object.entries(guest)) {
    if (!isSkillId(skillId) || !isLevel(level)) continue;
    const from = account[skillId] ?? 0;
    if (level > from) plan.push({ skillId, from, to: level });
  }
  return plan;
}
