// Lint: type-aware rules from STYLE.md and the one-way package boundaries of DESIGN.md
// (content -> core <- server <- cli, core <- web). core must stay free of I/O.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const io = [
  "node:*",
  "fs",
  "path",
  "http",
  "https",
  "child_process",
  "better-sqlite3",
  "pg",
  "kysely",
  "fastify",
];
const restrict = (groups) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: groups.map((g) => ({
        group: [g],
        message: `Package boundary: ${g} may not be imported here (DESIGN.md, Shape).`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "data/**",
      "packages/web/dev-dist/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      curly: "error",
      eqeqeq: "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-confusing-void-expression": "off",
    },
  },
  {
    files: ["packages/core/src/**/*.ts"],
    // Tests and their shared fixtures (never exported) may load the bundled content.
    ignores: ["packages/core/src/**/*.test.ts", "packages/core/src/**/test-fixtures.ts"],
    rules: {
      ...restrict([...io, "@ilio/server", "@ilio/web", "@ilio/cli", "@ilio/content"]),
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "core is pure: take time as an argument." },
        {
          object: "Math",
          property: "random",
          message: "core is pure: take randomness as an argument.",
        },
      ],
      "no-restricted-globals": ["error", "fetch", "localStorage", "window", "document", "process"],
    },
  },
  {
    files: ["packages/content/src/**/*.ts"],
    rules: restrict(["@ilio/server", "@ilio/web", "@ilio/cli"]),
  },
  { files: ["packages/server/src/**/*.ts"], rules: restrict(["@ilio/web", "@ilio/cli"]) },
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    rules: restrict([...io, "@ilio/server", "@ilio/cli", "@ilio/content/scripts/*"]),
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
