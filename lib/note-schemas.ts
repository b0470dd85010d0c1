import { z } from "zod";
import { skillIdSchema } from "./level-schemas";

import { LINK_MAX, LINKS_MAX, NOTE_MAX } from "./limits";

export { LINK_MAX, LINKS_MAX, NOTE_MAX };

const charCount = (v: string) => Array.from(v).length;

export const evidenceLinkSchema = z
  .string()
  .trim()
  .min(1)
  .max(LINK_MAX, `A link has at most ${LINK_MAX} characters.`)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { error: "Links must be full http:// or https:// addresses." },
  );

export const noteSchema = z.strictObject({
  skillId: skillIdSchema,
  note: z
    .string()
    .refine((v) => charCount(v) <= NOTE_MAX, { error: `A note has at most ${NOTE_MAX} characters.` }),
  links: z.array(evidenceLinkSchema).max(LINKS_MAX, `At most ${LINKS_MAX} links per skill.`),
  isPublic: z.boolean(),
});
export type NoteInput = z.infer<typeof noteSchema>;
/** One skill's note as the UI shows it (the same shape db/queries/notes stores). */
export type SkillNote = Omit<NoteInput, "skillId">;
