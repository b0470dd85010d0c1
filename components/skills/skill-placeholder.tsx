import { LEVEL_NAMES, LEVELS } from "@/lib/levels";
import type { Skill } from "@/lib/roadmap";
import { requirementText } from "./level-picker";

// The same four options for every skill: made once, not 34 times per render.
const OPTIONS = LEVELS.map((level) => <i key={level}>{LEVEL_NAMES[level]}</i>);

/**
 * One skill of the Skills board while the user's levels load: the name and requirement (their
 * wrapping decides the height) and the options and rubric button drawn at the size of the real
 * ones (`.skill i` in globals.css), with none of LevelPicker's ids, names, ARIA wiring or
 * controls. 34 of these are in the cached page's HTML for everyone, so each byte counts.
 */
export function SkillPlaceholder({ skill }: { skill: Skill }) {
  return (
    <div className="skill-item">
      <div className="skill">
        <div>
          <h3>{skill.name}</h3>
          <p>{requirementText(skill)}</p>
        </div>
        <div aria-hidden="true">{OPTIONS}</div>
      </div>
      <div className="rubric-disclosure">
        <button type="button" disabled>
          <span aria-hidden="true">▸ </span>
          What the levels mean
        </button>
      </div>
    </div>
  );
}
