import { SKILL_IDS } from "../lib/roadmap.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 365;

const FIRST_NAMES = [
  "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Guido", "Frances", "Yukihiro",
  "Sophie", "Tim", "Hedy", "Brian", "Karen", "Rob", "Anita", "James", "Mary", "John", "Fatima", "Wei", "Priya",
  "Lucas", "Amara", "Mateo", "Ingrid", "Kenji", "Olga", "Diego", "Noor", "Elena", "Sam", "Chen", "Aisha", "Tomás",
];
const LAST_NAMES = [
  "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Perlman", "Rossum",
  "Allen", "Matsumoto", "Wilson", "Berners-Lee", "Lamarr", "Kernighan", "Jones", "Pike", "Borg", "Gosling",
  "Keller", "Smith", "Haddad", "Zhang", "Sharma", "Silva", "Okafor", "Garcia", "Larsen", "Sato", "Ivanova", "Lopez",
];

/**
 * What kind of learner a user is: how many skills they touched and how high they rate
 * themselves. Most are early or part-way; few are close to done.
 */
const ARCHETYPES = [
  { share: 0.22, skills: [0, 2], levelWeights: [0.7, 0.25, 0.05] },
  { share: 0.48, skills: [3, 20], levelWeights: [0.55, 0.32, 0.13] },
  { share: 0.22, skills: [15, 34], levelWeights: [0.35, 0.42, 0.23] },
  { share: 0.08, skills: [30, 34], levelWeights: [0.15, 0.4, 0.45] },
];

/** Skills early in the roadmap are touched first, with some shuffling. */
function chooseSkills(random, count) {
  return SKILL_IDS.map((id, index) => ({ id, order: index + random.next() * 15 }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count)
    .map((s) => s.id);
}

/** The levels a skill went through, from 0 to its final level; consecutive entries always differ. */
function levelPath(random, finalLevel) {
  const r = random.next();
  if (finalLevel === 0) return [0, random.int(1, 2), 0]; // set by mistake, then reset
  if (r < 0.55) return [0, finalLevel];
  if (r < 0.9) return Array.from({ length: finalLevel + 1 }, (_, i) => i);
  // Overshot, then corrected.
  const over = finalLevel === 3 ? 2 : finalLevel + 1;
  return [0, over, finalLevel];
}

/** Times strictly after `from`, sorted, spread up to `to`. */
function sortedTimes(random, count, from, to) {
  return Array.from({ length: count }, () => from + 1 + Math.floor(random.next() * (to - from - 1))).sort((a, b) => a - b);
}

/**
 * One user's generated data: profile fields, final levels and the change history that leads to
 * them, consistent with each other (each change starts where the previous one ended).
 */
export function generateUser(random, index, now) {
  const archetype = ARCHETYPES[random.weighted(ARCHETYPES.map((a) => a.share))];
  const createdAt = now - Math.floor(random.next() ** 1.5 * HISTORY_DAYS * DAY_MS) - 60_000;
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const name = random.next() < 0.15 ? null : `${first} ${last}`;
  const visibility = random.next();
  const handle = visibility < 0.3 ? `${first}-${last}-${index.toString(36)}`.toLowerCase().replace(/[^a-z0-9-]/g, "") : null;
  const isPublic = handle !== null && visibility < 0.25;

  const levels = [];
  const changes = [];
  for (const skillId of chooseSkills(random, random.int(...archetype.skills))) {
    const finalLevel = random.next() < 0.03 ? 0 : 1 + random.weighted(archetype.levelWeights);
    const path = levelPath(random, finalLevel);
    const times = sortedTimes(random, path.length - 1, createdAt, now);
    for (let i = 1; i < path.length; i++) {
      changes.push({ skillId, oldLevel: path[i - 1], newLevel: path[i], changedAt: times[i - 1] });
    }
    levels.push({ skillId, level: finalLevel, updatedAt: times.at(-1) });
  }
  changes.sort((a, b) => a.changedAt - b.changedAt);
  return { email: `user${index}@bench.example.com`, name, handle, isPublic, createdAt, levels, changes };
}
