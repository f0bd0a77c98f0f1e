// Test projects: unit (pure, beside the code), integration (HTTP and both databases),
// e2e (real headless Chromium against a real server). `npm test` runs all three.
import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";

export default defineConfig({
  test: {
    reporters: ["default", "./test/counting-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "packages/*/src/**/*.test.tsx",
            "packages/*/scripts/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          environment: "node",
          env: { TZ: "UTC" },
        },
        plugins: [preact()],
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.int.test.ts", "packages/*/test/**/*.int.test.ts"],
          globalSetup: ["./test/postgres-global-setup.ts"],
          env: { TZ: "UTC" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          globalSetup: ["./e2e/support/global-setup.ts"],
          env: { TZ: "UTC" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
