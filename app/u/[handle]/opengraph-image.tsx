import { CARD_ALT, CARD_SIZE, renderSocialCard } from "@/components/sharing/social-card";
import { profileFromParam } from "@/server/profile-param";

// The one social card: twitter-image.tsx re-exports this module.
export const alt = CARD_ALT;
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ handle: string }> }) {
  return renderSocialCard(await profileFromParam((await params).handle));
}
