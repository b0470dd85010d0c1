"use client";

import type { ReactNode } from "react";
import { LEVEL_NAMES, LEVELS, type Level } from "@/lib/levels";
import type { Skill } from "@/lib/roadmap";
import { useHydrated } from "./use-hydrated";

type Props = {
  skill: Skill;
  value: Level;
  onChange: (level: Level) => void;
  children?: ReactNode;
};

/** Native radios: arrow keys move between levels and Tab moves between skills, as users expect. */
export function LevelPicker({ skill, value, onChange, children }: Props) {
  const labelId = `skill-${skill.id}-name`;
  const reqId = `skill-${skill.id}-req`;
  // A click before hydration would be undone by it; the radios wait (a split second) instead.
  const hydrated = useHydrated();
  return (
    <div data-skill-id={skill.id} className="flex flex-col gap-2 border-t border-line/40 py-3 first-of-type:border-t-0">
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={reqId}
        className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="flex flex-col">
          <h3 id={labelId} className="font-medium">
            {skill.name}
          </h3>
          <RequirementText skill={skill} id={reqId} />
        </div>
        <div className="flex flex-wrap gap-1">
          {LEVELS.map((level) => (
            <label
              key={level}
              className="level-option"
            >
              <input
                type="radio"
                name={`level-${skill.id}`}
                value={level}
                checked={value === level}
                disabled={!hydrated}
                onChange={() => onChange(level)}
                className="accent-accent"
              />
              {LEVEL_NAMES[level]}
            </label>
          ))}
        </div>
      </div>
      {children}
    </div>
  );
}

function RequirementText({ skill, id }: { skill: Skill; id: string }) {
  const part = (label: string, level: Level) => `${label}: ${level === 0 ? "not required" : LEVEL_NAMES[level]}`;
  return (
    <p id={id} className="text-sm text-muted">
      {part("Junior", skill.required.junior)} · {part("Mid", skill.required.mid)} ·{" "}
      {part("Senior", skill.required.senior)}
    </p>
  );
}
