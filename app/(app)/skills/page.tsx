import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { SignedInSkillsBoard } from "@/components/skills/signed-in-skills-board";
import { QueryProvider } from "@/components/skills/query-provider";
import { GuestSkillsView } from "@/components/guest/guest-views";
import { getLevels } from "@/db/queries/levels";
import { getCurrentUser } from "@/server/current-user";
import { mailOffMessage } from "@/server/mail/config";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  const user = await getCurrentUser();
  const intro = (
    <div className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold">Your skills</h1>
      <p className="text-muted">
        Pick your level for each skill. Every change saves at once. Under each skill you see what a Junior, a
        Mid-level and a Senior job asks for.
      </p>
    </div>
  );
  if (!user) {
    return (
      <>
        {intro}
        <GuestSkillsView />
      </>
    );
  }
  const levels = await getLevels(user.id);
  return (
    <>
      {intro}
      {user.emailVerifiedAt ? null : <VerifyEmailNotice email={user.email} mailOff={mailOffMessage()} />}
      <QueryProvider>
        <SignedInSkillsBoard ownerId={user.id} initialLevels={levels} />
      </QueryProvider>
    </>
  );
}
