import { z } from "zod";
import { displayNameSchema } from "./auth-schemas";
import { handleSchema } from "./handle-rules";

export const profileSettingsSchema = z
  .strictObject({
    name: displayNameSchema,
    handle: z.union([z.literal("").transform(() => null), handleSchema]),
    isPublic: z.boolean(),
  })
  .refine((s) => !s.isPublic || s.handle !== null, {
    error: "Pick a handle to make your profile public.",
    path: ["handle"],
  });
export type ProfileSettingsInput = z.infer<typeof profileSettingsSchema>;
