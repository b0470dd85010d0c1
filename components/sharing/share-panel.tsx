"use client";

import { setSaveFeedback } from "@/client/save-feedback";
import { CopyLinkButton } from "./copy-link-button";

type Props = { origin: string; handle: string; isPublic: boolean };

/** The profile link, a copy button and the README badge Markdown; or why there is nothing to share. */
export function SharePanel({ origin, handle, isPublic }: Props) {
  const profileUrl = handle ? `${origin}/u/${handle}` : "";
  const badgeMarkdown = profileUrl ? `[![Back-end readiness](${profileUrl}/badge.svg)](${profileUrl})` : "";
  return isPublic && profileUrl ? (
    <section aria-labelledby="share-heading" className="card flex flex-col gap-4">
      <h2 id="share-heading" className="text-lg font-semibold">
        Share
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="profile-url" className="font-medium">
          Profile link
        </label>
        <div className="flex flex-wrap gap-2">
          <input id="profile-url" readOnly value={profileUrl} className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2" />
          <CopyLinkButton url={profileUrl} inputId="profile-url" onResult={(text) => setSaveFeedback({ status: text })} />
        </div>
        <a href={profileUrl} className="underline" target="_blank" rel="noopener">
          Open your public page
        </a>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="badge-markdown" className="font-medium">
          Badge Markdown
        </label>
        <p className="text-sm text-muted">Paste this into a README to show your readiness badge:</p>
        <textarea id="badge-markdown" readOnly rows={3} value={badgeMarkdown} className="rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm" />
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG badge, shown as the README will show it */}
        <img src={`/u/${handle}/badge.svg`} alt="Your readiness badge" height={20} className="self-start" />
      </div>
    </section>
  ) : handle ? (
    <p className="text-muted">Your profile is private: {origin}/u/{handle} shows “not found” to everyone.</p>
  ) : null;
}
