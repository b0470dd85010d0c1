import { expect, test, type Page } from "@playwright/test";
import { LEVEL_NAMES } from "../lib/levels";
import { TIER_NAMES, TIERS } from "../lib/tiers";
import { writeFileSync } from "node:fs";
import { firstDocLink, statementsAddedAt } from "../lib/rubrics";
import { makePublic, setLevel, signUp, uniqueHandle } from "./helpers";

const KNOWN = [
  ["Python Fundamentals", "Expert"],
  ["Linux Basics", "Beginner"],
  ["Kubernetes", "Intermediate"],
  ["Git", "Intermediate"],
] as const;

type Row = { skill: string; category: string; held: string; needed: string; state: string };

async function mapRows(page: Page): Promise<Row[]> {
  const table = page.getByRole("figure", { name: "Skill map" }).getByRole("table", { name: "Skills by category" });
  const rows = await table.getByRole("row").all();
  const out: Row[] = [];
  for (const row of rows.slice(1)) {
    const skill = (await row.getByRole("rowheader").textContent()) ?? "";
    const [category, held, needed, state] = await row.getByRole("cell").allTextContents();
    out.push({ skill, category: category!, held: held!, needed: needed!, state: state! });
  }
  return out;
}

test("the Dashboard's skill map: 34 cells by category, a tier switch, and a table matching the gap lists", async ({ page }) => {
  await signUp(page);
  for (const [skill, level] of KNOWN) await setLevel(page, skill, level);
  await page.getByRole("link", { name: "Dashboard" }).click();

  const map = page.getByRole("figure", { name: "Skill map" });
  await expect(map).toBeVisible();
  const switcher = map.getByRole("radiogroup", { name: "Map tier" });
  for (const tier of TIERS) await expect(switcher.getByRole("radio", { name: TIER_NAMES[tier], exact: true })).toBeVisible();
  // Junior is not met yet, so the map opens on it.
  await expect(switcher.getByRole("radio", { name: "Junior" })).toBeChecked();
  await expect(map.getByRole("table", { name: "Skills by category" })).toHaveCount(1);
  await expect(map.getByRole("table", { name: "Skills by category" }).getByRole("row")).toHaveCount(35);
  await expect(map.getByRole("table", { name: "Skills by category" }).getByRole("columnheader")).toHaveText(["Skill", "Category", "Held", "Needed", "State"]);

  for (const tier of TIERS) {
    const name = TIER_NAMES[tier];
    await switcher.getByRole("radio", { name, exact: true }).check();
    const rows = await mapRows(page);
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((r) => r.category)).size).toBe(14);
    const short = rows
      .filter((r) => r.state === "One level short" || r.state === "Two or more levels short")
      .map((r) => `${r.skill}${r.held}, needs ${r.needed}`)
      .sort();
    await page.getByText(`${name} gaps (`).click();
    const gaps = (await page.getByRole("list", { name: `${name} gaps` }).getByRole("listitem").allTextContents()).sort();
    expect(gaps, `${name} map vs gap list`).toEqual(short);
    for (const r of rows) {
      if (r.state === "Not needed") expect(r.needed).toBe("Not needed");
      else expect(Object.values(LEVEL_NAMES)).toContain(r.needed);
    }
  }

  // By keyboard: arrows move between tiers; the table follows.
  await switcher.getByRole("radio", { name: "Senior" }).check();
  await switcher.getByRole("radio", { name: "Senior" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(switcher.getByRole("radio", { name: "Mid" })).toBeChecked();
  let k8s = (await mapRows(page)).find((r) => r.skill === "Kubernetes")!;
  expect(k8s).toEqual({ skill: "Kubernetes", category: "Containers & Orchestration", held: "Intermediate", needed: "Beginner", state: "Met" });
  await page.keyboard.press("ArrowLeft");
  await expect(switcher.getByRole("radio", { name: "Junior" })).toBeChecked();
  k8s = (await mapRows(page)).find((r) => r.skill === "Kubernetes")!;
  expect(k8s.state).toBe("Not needed");
  const linux = (await mapRows(page)).find((r) => r.skill === "Linux Basics")!;
  expect(linux.state).toBe("Met");
  const python = (await mapRows(page)).find((r) => r.skill === "Python Fundamentals")!;
  expect(python).toMatchObject({ held: "Expert", needed: "Intermediate", state: "Met" });
  const docker = (await mapRows(page)).find((r) => r.skill === "Docker")!;
  expect(docker).toMatchObject({ held: "None", needed: "Beginner", state: "One level short" });
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/dashboard-light.png`, fullPage: true });
});

test("a guest's Dashboard shows the map from the browser's levels, in dark mode too", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/skills");
  await setLevel(page, "Docker", "Expert");
  await page.getByRole("link", { name: "Dashboard" }).click();
  const map = page.getByRole("figure", { name: "Skill map" });
  await expect(map).toBeVisible();
  await expect(map.getByRole("list", { name: "Map legend" }).getByRole("listitem")).toHaveText([
    "✓Met",
    "−1One level short",
    "−2+Two or more levels short",
    "·Not needed",
  ]);
  const docker = (await mapRows(page)).find((r) => r.skill === "Docker")!;
  expect(docker).toMatchObject({ held: "Expert", needed: "Beginner", state: "Met" });
  if (process.env.E2E_SHOTS) await map.screenshot({ path: `${process.env.E2E_SHOTS}/map-dark.png` });
  await context.close();
});

test("the public profile shows the same map, each level's rubric on demand, and a social card image", async ({ page, browser }) => {
  await signUp(page, { name: "Map Person" });
  for (const [skill, level] of KNOWN) await setLevel(page, skill, level);
  const handle = uniqueHandle("map");
  await makePublic(page, handle);

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const v = await visitor.newPage();
  await v.goto(`/u/${handle}`);
  const map = v.getByRole("figure", { name: "Skill map" });
  await expect(map).toBeVisible();
  const switcher = map.getByRole("radiogroup", { name: "Map tier" });
  await expect(switcher.getByRole("radio", { name: "Junior" })).toBeChecked();
  // The switch is CSS over the three tiers: it works on the cached page with no script at all.
  await switcher.getByRole("radio", { name: "Mid", exact: true }).check();
  const k8s = (await mapRows(v)).find((r) => r.skill === "Kubernetes")!;
  expect(k8s).toMatchObject({ held: "Intermediate", needed: "Beginner", state: "Met" });
  await switcher.getByRole("radio", { name: "Senior", exact: true }).check();
  const rows = await mapRows(v);
  expect(rows).toHaveLength(34);
  expect(rows.find((r) => r.skill === "Git")).toMatchObject({ held: "Intermediate", needed: "Expert", state: "One level short" });
  expect(rows.filter((r) => r.state === "Not needed")).toHaveLength(0);

  // A held level opens its rubric: the statements up to that level, not above.
  const git = v.getByText("Intermediate, what it means for Git");
  await expect(v.getByText(statementsAddedAt("git", 2)[0]!, { exact: true })).toBeHidden();
  await git.click();
  await expect(v.getByText(statementsAddedAt("git", 1)[0]!, { exact: true })).toBeVisible();
  await expect(v.getByText(statementsAddedAt("git", 2)[0]!, { exact: true })).toBeVisible();
  await expect(v.getByText(statementsAddedAt("git", 3)[0]!, { exact: true })).toHaveCount(0);
  await expect(v.getByRole("list", { name: "Documentation for Git" }).getByRole("link").first()).toHaveAttribute("href", firstDocLink("git")!.url);
  if (process.env.E2E_SHOTS) await v.screenshot({ path: `${process.env.E2E_SHOTS}/profile.png`, fullPage: true });
  await visitor.close();

  const image = await page.request.get(`/u/${handle}/opengraph-image`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  if (process.env.E2E_SAVE_CARD) writeFileSync(process.env.E2E_SAVE_CARD, png);
});
