import type { Level } from "./levels";
import type { Tier } from "./tiers";

// Tiers live in their own module so client components can name them without the roadmap.
export { TIER_NAMES, TIERS, type Tier } from "./tiers";

/** Required level per tier; 0 means the tier does not require the skill. */
export type Requirement = Record<Tier, Level>;

export type Skill = {
  /** Stable id stored in the database: never change one once shipped. */
  id: string;
  name: string;
  categoryId: string;
  required: Requirement;
};

export type Category = { id: string; name: string; skills: readonly Skill[] };

export const ROADMAP_VERSION = 1;

type Row = [id: string, name: string, junior: Level, mid: Level, senior: Level];

const CATEGORY_ROWS: ReadonlyArray<[id: string, name: string, rows: Row[]]> = [
  ["internet-networking", "Internet & Networking Basics", [
    ["internet-networking-basics", "Internet & Networking Basics", 1, 2, 3],
  ]],
  ["os-terminal", "OS & Terminal", [
    ["linux-basics", "Linux Basics", 1, 2, 3],
    ["bash-shell-scripting", "Bash & Shell Scripting", 0, 1, 3],
  ]],
  ["programming-language", "Programming Language", [
    ["python-fundamentals", "Python Fundamentals", 2, 3, 3],
    ["oop-advanced-python", "OOP & Advanced Python", 1, 2, 3],
  ]],
  ["algorithms-data-structures", "Algorithms & Data Structures", [
    ["language-oriented-algorithms", "Language Oriented Algorithms", 1, 2, 3],
    ["problem-solving-data-structures", "Problem Solving & Data Structures", 0, 2, 3],
  ]],
  ["package-env-management", "Package & Env Management", [
    ["pip-virtualenv", "pip & Virtualenv", 1, 2, 3],
    ["poetry-pipenv", "Poetry / Pipenv", 0, 1, 3],
  ]],
  ["databases", "Databases", [
    ["relational-db-sql", "Relational DB & SQL", 1, 2, 3],
    ["nosql", "NoSQL (MongoDB, …)", 0, 1, 3],
    ["orm", "ORM (Django ORM / SQLAlchemy)", 1, 2, 3],
  ]],
  ["python-web-frameworks", "Python Web Frameworks", [
    ["django", "Django", 1, 2, 3],
    ["flask", "Flask", 1, 2, 3],
    ["fastapi", "FastAPI", 0, 1, 3],
  ]],
  ["api-design-integration", "API Design & Integration", [
    ["rest", "REST", 1, 2, 3],
    ["graphql", "GraphQL", 0, 1, 3],
    ["websocket", "WebSocket", 0, 1, 3],
    ["authentication-authorization", "Authentication & Authorization", 1, 3, 3],
    ["security-owasp", "Security (OWASP, Best Practices)", 1, 2, 3],
  ]],
  ["testing", "Testing", [
    ["unittest-pytest", "unittest / pytest", 1, 2, 3],
    ["integration-api-tests", "Integration & API Tests", 0, 2, 3],
  ]],
  ["caching-message-queues", "Caching & Message Queues", [
    ["redis", "Redis", 1, 2, 3],
    ["rabbitmq-kafka", "RabbitMQ / Kafka", 0, 1, 3],
  ]],
  ["architecture-patterns", "Architecture & Patterns", [
    ["design-patterns", "Design Patterns", 0, 2, 3],
    ["microservices-clean-architecture", "Microservices / Clean Architecture", 0, 1, 3],
  ]],
  ["version-control-cicd", "Version Control & CI/CD", [
    ["git", "Git", 1, 2, 3],
    ["github-gitlab", "Github / GitLab", 1, 2, 3],
    ["ci-cd", "CI/CD (Github Actions, GitLab CI)", 0, 2, 3],
  ]],
  ["containers-orchestration", "Containers & Orchestration", [
    ["docker", "Docker", 1, 2, 3],
    ["kubernetes", "Kubernetes", 0, 1, 3],
  ]],
  ["deployment-cloud", "Deployment & Cloud", [
    ["vps-web-servers", "VPS & Web Servers (Nginx, Gunicorn)", 1, 2, 3],
    ["cloud-providers", "Cloud Providers (AWS / GCP / Azure)", 0, 1, 3],
    ["logging-monitoring", "Logging & Monitoring (ELK, Prometheus, …)", 0, 1, 3],
  ]],
];

export const CATEGORIES: readonly Category[] = CATEGORY_ROWS.map(([id, name, rows]) => ({
  id,
  name,
  skills: rows.map(([skillId, skillName, junior, mid, senior]) => ({
    id: skillId,
    name: skillName,
    categoryId: id,
    required: { junior, mid, senior },
  })),
}));

/** All skills in roadmap order. */
export const SKILLS: readonly Skill[] = CATEGORIES.flatMap((c) => c.skills);

export const SKILL_IDS = SKILLS.map((s) => s.id) as [string, ...string[]];

const SKILLS_BY_ID = new Map(SKILLS.map((s) => [s.id, s]));

export function getSkill(id: string): Skill | undefined {
  return SKILLS_BY_ID.get(id);
}

export function isSkillId(id: unknown): id is string {
  return typeof id === "string" && SKILLS_BY_ID.has(id);
}
