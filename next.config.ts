import type { NextConfig } from "next";
import { resolve } from "node:path";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  typedRoutes: true,
  // proxy.ts sees the query as sent, so it can refuse a malformed one; by default Next hands it a
  // re-encoded copy in which a stray "%" or invalid UTF-8 can no longer be told from valid input.
  skipProxyUrlNormalize: true,
  // Cached pages (landing, public profiles) get a hash-based CSP computed from their own HTML.
  cacheHandler: resolve("server/security/cache-handler.mjs"),
  // An import file is capped at 512 KB; JSON escaping can nearly double it on the wire.
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // Rendered pages and cached data stay in memory: on disk, a profile made private just before a
    // restart would come back, because tag expiries are not persisted.
    isrFlushToDisk: false,
  },
};

export default nextConfig;
