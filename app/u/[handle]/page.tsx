import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadinessMeter } from "@/components/ui/readiness-meter";
import { SiteHeader } from "@/components/layout/site-header";
import { RubricLevels } from "@/components/rubrics/rubric-levels";
import { SkillMap } from "@/components/skill-map/skill-map";
import { firstMapTier } from "@/lib/skill-map";
import { LEVEL_NAMES } from "@/lib/levels";
import { describeReadiness, profileLevels } from "@/lib/profile-view";
import { TIER_NAMES, TIERS } from "@/lib/roadmap";
import { profileFromParam } from "@/server/profile-param";
import { siteUrl } from "@/server/request-origin";

type Props = { params: Promise<{ handle: string }> };

// Rendered on first view and then served from the cache with a hash-based CSP (server/security/csp-routing.ts)
// until the owner's changes expire the profile:<handle> tag (server/profile-cache.ts). Reading
// cookies or headers here must fail the build rather than quietly drop the page's policy.
export const dynamic = "error";
export const dynamicParams = true;
export function generateStaticParams(): { handle: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await profileFromParam((await params).handle);
  if (!profile) return { title: "Not found", robots: { index: false } };
  const title = `${profile.displayName}: back-end readiness`;
  const description = `${describeReadiness(profile.readiness)} on the Back-End roadmap, tracked with Rungs.`;
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: { canonical: `/u/${profile.handle}` },
    openGraph: { type: "profile", title, description, url: `/u/${profile.handle}`, siteName: "Rungs" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function PublicProfilePage({ params }: Props) {
  const profile = await profileFromParam((await params).handle);
  if (!profile) notFound();
  const { displayName, handle, readiness, highestTier, categories } = profile;
  const levels = profileLevels(profile);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold break-words">{displayName}</h1>
          <p className="text-muted">@{handle} · Back-end roadmap progress</p>
        </div>
        <section aria-label="Readiness" className="card grid gap-4 sm:grid-cols-3">
          {TIERS.map((tier) => (
            <ReadinessMeter key={tier} tier={tier} {...readiness[tier]} />
          ))}
        </section>
        <p className="text-lg">
          Highest tier reached:{" "}
          <strong>{highestTier ? TIER_NAMES[highestTier] : "none yet"}</strong>
        </p>
        {/* No script: the tier switch is CSS over all three tiers, so the cached page needs nothing per visitor. */}
        <SkillMap levels={levels} tier={firstMapTier(levels)} />
        <section aria-labelledby="skills-heading" className="flex flex-col gap-4">
          <h2 id="skills-heading" className="text-xl font-semibold">
            Skill levels
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {categories.map((category) => (
              <section key={category.id} aria-labelledby={`cat-${category.id}`} className="card">
                <h3 id={`cat-${category.id}`} className="mb-2 font-semibold">
                  {category.name}
                </h3>
                <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm">
                  {category.skills.map((skill) => (
                    <div key={skill.id} className="contents">
                      <dt>{skill.name}</dt>
                      {skill.level === 0 ? (
                        <dd className="text-muted">{LEVEL_NAMES[skill.level]}</dd>
                      ) : (
                        <dd className="text-right">
                          {/* The level's rubric on demand: what this person says they can do. */}
                          <details className="profile-rubric">
                            <summary className="cursor-pointer font-semibold">
                              {LEVEL_NAMES[skill.level]}
                              <span className="sr-only">{`, what it means for ${skill.name}`}</span>
                            </summary>
                            <RubricLevels skillId={skill.id} skillName={skill.name} to={skill.level} />
                          </details>
                        </dd>
                      )}
                      {skill.note ? (
                        <dd className="col-span-2 mb-2 border-l-2 border-line/60 pl-2 text-muted">
                          {skill.note.text ? <p className="whitespace-pre-line break-words">{skill.note.text}</p> : null}
                          {skill.note.links.length > 0 ? (
                            <ul aria-label={`Evidence for ${skill.name}`} className="flex flex-col">
                              {skill.note.links.map((href) => (
                                <li key={href} className="break-all">
                                  <a href={href} rel="nofollow noopener noreferrer ugc" className="underline">
                                    {href}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </dd>
                      ) : null}
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </section>
      </main>
    </>
  );
}
