"use client";

import { LEVEL_NAMES, LEVELS, type Level } from "@/lib/levels";
import type { Skill } from "@/lib/roadmap";
import { useHydrated } from "@/client/use-hydrated";
import { RubricDisclosure } from "@/components/rubrics/rubric-disclosure";

type Props = {
  skill: Skill;
  value: Level;
  onChange: (level: Level) => void;
};

/**
 * Native radios: arrow keys move between levels and Tab moves between skills, as users expect;
 * after the radios, one button per skill shows what its levels mean.
 * Rendered 34 times on the Skills page, so the markup is lean: the `.skill` rules in globals.css
 * style the heading, requirement line and options by position instead of a class on each.
 */
export function LevelPicker({ skill, value, onChange }: Props) {
  const labelId = `skill-${skill.id}-name`;
  const reqId = `skill-${skill.id}-req`;
  // A click before hydration would be undone by it; the radios wait (a split second) instead.
  const hydrated = useHydrated();
  return (
    <div data-skill-id={skill.id} className="skill-item">
      <div role="radiogroup" aria-labelledby={labelId} aria-describedby={reqId} className="skill">
        <div>
          <h3 id={labelId}>{skill.name}</h3>
          <p id={reqId}>{requirementText(skill)}</p>
        </div>
        <div>
          {LEVELS.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name={`level-${skill.id}`}
                value={level}
                checked={value === level}
                disabled={!hydrated}
                onChange={() => onChange(level)}
              />
              {LEVEL_NAMES[level]}
            </label>
          ))}
        </div>
      </div>
      <RubricDisclosure skillId={skill.id} skillName={skill.name} />
    </div>
  );
}

// One string, so the server writes one text node and no <!-- --> separators.
export function requirementText(skill: Skill): string {
  const part = (label: string, level: Level) => `${label}: ${level === 0 ? "not required" : LEVEL_NAMES[level]}`;
  const { junior, mid, senior } = skill.required;
  return `${part("Junior", junior)} · ${part("Mid", mid)} · ${part("Senior", senior)}`;
}
