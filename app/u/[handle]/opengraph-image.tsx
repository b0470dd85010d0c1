import { CARD_SIZE, renderProfileCard } from "@/components/sharing/social-card";
import { profileFromParam } from "@/server/profile-param";

export const alt = "Back-end readiness for Junior, Mid and Senior on Rungs";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ handle: string }> }) {
  return renderProfileCard(await profileFromParam((await params).handle));
}
