import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const EVERY_SCRIPT = "{ts,tsx,mts,cts,js,jsx,mjs,cjs}";
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), "node:*"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "drizzle/**", "test-results/**", "playwright-report/**", "bench/results/**", "bench/floor-app/.next/**", "**/next-env.d.ts"],
  },
  {
    // Every file type in lib/, so a plain-JavaScript module cannot slip past the rule.
    files: [`lib/**/*.${EVERY_SCRIPT}`],
    rules: {
      // lib/ is the pure domain: nothing from the framework, the database, Node or the rest of the app.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "react/*", "react-dom/*",
            "@/db/*", "../db/*", "@/server/*", "../server/*", "@/app/*", "@/components/*", "@/client/*", "@/auth",
            "better-sqlite3", "drizzle-orm", "drizzle-orm/*", "server-only",
            ...NODE_BUILTINS,
          ],
        },
      ],
    },
  },
  {
    // UI and browser state never reach the server's code or the data, not even for a type.
    files: [`components/**/*.${EVERY_SCRIPT}`, `client/**/*.${EVERY_SCRIPT}`],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/db/*", "@/server/*", "@/auth", "server-only", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"] },
      ],
    },
  },
  {
    // The prefetch policy (README, "Prefetch policy"): every link says whether it is prefetched, so a
    // new link cannot silently add two RSC requests to every view that shows it.
    files: [`app/**/*.{tsx,jsx}`, `components/**/*.{tsx,jsx}`],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: 'JSXOpeningElement[name.name="Link"]:not(:has(JSXAttribute[name.name="prefetch"]))',
          message: 'Give every <Link> an explicit prefetch prop (README, "Prefetch policy"): prefetch={false} unless the target is worth two requests on every view that shows it.',
        },
      ],
    },
  },
  {
    // proxy.ts runs before every request: headers and routing, no UI code.
    files: ["proxy.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/components/*", "@/client/*", "react", "react-dom"] }],
    },
  },
];

export default config;
