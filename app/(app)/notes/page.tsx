import type { Metadata } from "next";
import { NoteEditor } from "@/components/notes/note-editor";
import { StatusLine } from "@/components/ui/status-line";
import { getNotes } from "@/db/queries/notes";
import { CATEGORIES } from "@/lib/roadmap";
import { requireUser } from "@/server/current-user";

export const metadata: Metadata = { title: "Notes and evidence" };

// Notes live on their own page so the Skills page stays one Tab stop per skill.
export default async function NotesPage() {
  const user = await requireUser("/notes");
  const notes = await getNotes(user.id);
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Notes and evidence</h1>
        <p className="text-muted">
          For each skill, a private note (up to 2,000 characters) and up to 5 links to your work. Switch on “Show on
          public profile” to share them on your public page.
        </p>
      </div>
      <StatusLine className="sticky top-0 z-10 bg-page/95 py-1" />
      {CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`notes-${category.id}`} className="card flex flex-col gap-2">
          <h2 id={`notes-${category.id}`} className="text-lg font-semibold">
            {category.name}
          </h2>
          {category.skills.map((skill) => (
            <NoteEditor key={skill.id} skillId={skill.id} initial={notes[skill.id]} />
          ))}
        </section>
      ))}
    </>
  );
}
