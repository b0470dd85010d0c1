"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { isLevel, type Level } from "@/lib/levels";
import type { ReadinessSummary } from "@/lib/readiness";
import { CATEGORIES } from "@/lib/roadmap";
import { LevelPicker } from "./level-picker";
import { SkillPlaceholder } from "./skill-placeholder";
import { ReadinessBar } from "./readiness-bar";
import { useSaveFeedback } from "@/client/save-feedback";
import { ShortcutsHelp } from "./shortcuts-help";
import { StatusLine } from "@/components/ui/status-line";

type Props = {
  /** null while they load: each skill a placeholder of the same size (SkillPlaceholder), the meters kept hidden. */
  levels: Readonly<Record<string, Level>> | null;
  summary: ReadinessSummary;
  onChange: (skillId: string, level: Level) => void;
  banner?: ReactNode;
};

/** The Skills page body: live summary, one level picker per skill, and the 0–3 shortcuts. */
export function SkillsBoard({ levels, summary, onChange, banner }: Props) {
  const { error } = useSaveFeedback();
  const root = useRef<HTMLDivElement>(null);

  // 0–3 set the level of the skill whose picker holds focus, and focus follows the choice;
  // R opens or closes that skill's rubric ("What the levels mean") and focuses its button.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>("[data-skill-id]");
    const skillId = item?.dataset.skillId;
    if (!item || !skillId) return;
    const onRadio = target instanceof HTMLInputElement && target.type === "radio";
    if (event.key === "r" || event.key === "R") {
      if (!onRadio && !target.hasAttribute("data-rubric-toggle")) return;
      const toggle = item.querySelector<HTMLButtonElement>("button[data-rubric-toggle]");
      if (!toggle || toggle.disabled) return;
      event.preventDefault();
      toggle.click();
      toggle.focus();
      return;
    }
    if (!onRadio) return;
    const level = Number(event.key);
    if (!/^[0-3]$/.test(event.key) || !isLevel(level)) return;
    event.preventDefault();
    onChange(skillId, level);
    root.current?.querySelector<HTMLInputElement>(`input[name="level-${skillId}"][value="${level}"]`)?.focus();
  }

  return (
    <div ref={root} className="flex flex-col gap-6" onKeyDown={onKeyDown} aria-busy={levels ? undefined : true}>
      <div className="sticky top-0 z-10 -mx-1 bg-page/95 px-1 py-2 backdrop-blur">
        {/* Hidden, not absent, while loading: the same size, and no numbers that are not the user's. */}
        <div className={levels ? undefined : "invisible"}>
          <ReadinessBar summary={summary} />
        </div>
        {error ? (
          <p role="alert" className="mt-2 rounded-md border border-danger bg-danger-soft px-3 py-2 text-danger">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <StatusLine className="sr-only" />
      </div>
      <div className={`flex flex-wrap items-center gap-2 ${banner ? "justify-between" : "justify-end"}`}>
        {banner}
        <ShortcutsHelp />
      </div>
      {CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`cat-${category.id}`} className="card">
          <h2 id={`cat-${category.id}`} className="mb-1 text-lg font-semibold">
            {category.name}
          </h2>
          {category.skills.map((skill) =>
            levels ? (
              <LevelPicker key={skill.id} skill={skill} value={levels[skill.id] ?? 0} onChange={(level) => onChange(skill.id, level)} />
            ) : (
              <SkillPlaceholder key={skill.id} skill={skill} />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
