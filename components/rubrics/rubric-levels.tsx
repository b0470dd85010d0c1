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
                  {/* Index keys: the list is fixed text, and a statement as key would be sent twice in
                      every server page's payload (a public profile carried 20 kB of such keys). */}
                  {statements.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {links.length > 0 ? (
        <ul aria-label={`Documentation for ${skillName}`}>
          {links.map((link, i) => (
            <li key={i}>
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
