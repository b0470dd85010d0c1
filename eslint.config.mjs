import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "drizzle/**", "test-results/**", "playwright-report/**", "bench/results/**", "bench/floor-app/.next/**", "**/next-env.d.ts"],
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      // lib/ is the pure domain: nothing from the framework or the database.
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "@/db/*", "../db/*", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"] },
      ],
    },
  },
];

export default config;
