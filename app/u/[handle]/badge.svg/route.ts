import { answerBadge } from "@/server/badge-read";

type Context = { params: Promise<{ handle: string }> };

// proxy.ts answers GET /u/<handle>/badge.svg itself (server/badge-read.ts), straight from the
// database. This route gives the same answer should a request ever get past the proxy, and keeps
// the badge in the build's route table (the 404 check in proxy.ts reads it).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return answerBadge(encodeURIComponent((await params).handle));
}
