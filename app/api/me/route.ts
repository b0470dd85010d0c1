import { answerMe } from "@/server/me-read";

/**
 * proxy.ts answers GET /api/me itself (server/me-read.ts), before Next routes the request: the
 * route handler's own pipeline cost about as much as the landing page's whole response. This route
 * gives the same answer should a request ever get past the proxy, and keeps /api/me in the build's
 * route table (the 404 check in proxy.ts reads it).
 */
export const GET = answerMe;
