import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { docLinks, upgradeStatements } from "@/lib/rubrics";

type Props = {
  skillId: string;
  skillName: string;
  /** The levels shown are those above `from` up to `to`; each one adds to the level below it. */
  from?: Level;
  to?: Level;
  /** How many documentation links to show (all by default). */
  docs?: number;
};

/**
 * A skill's rubric as text: each level's statements, marked as adding to the level below, then
 * the official documentation. No hooks, so server pages render it with no JavaScript.
 */
export function RubricLevels({ skillId, skillName, from = 0, to = 3, docs }: Props) {
  const steps = upgradeStatements(skillId, from, to);
  const links = docLinks(skillId).slice(0, docs);
  return (
    <div className="rubric">
      {steps.length > 0 ? (
        <dl>
          {steps.map(({ level, statements }) => (
            <div key={level}>
              <dt>{level > 1 ? `${LEVEL_NAMES[level]}: adds to ${LEVEL_NAMES[(level - 1) as Level]}` : LEVEL_NAMES[level]}</dt>
              <dd>
                <ul>
                  {statements.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {links.length > 0 ? (
        <ul aria-label={`Documentation for ${skillName}`}>
          {links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
