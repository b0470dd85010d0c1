import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  typedRoutes: true,
  // An import file is capped at 512 KB; JSON escaping can nearly double it on the wire.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
};

export default nextConfig;
