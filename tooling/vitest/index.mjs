// Vitest for the Node workspaces: SWC keeps the decorator metadata that MikroORM
// and type-graphql read (esbuild drops it). Unit tests are `*.test.ts`, tests that
// talk to the real PostgreSQL, Redis and RabbitMQ are `*.integration-test.ts`.
import "@momentum/node-runtime/check";
import swc from "unplugin-swc";
import { defineConfig, mergeConfig } from "vitest/config";

export function nodeVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      plugins: [swc.vite()],
      // SWC replaces Vite's own transform (Oxc), which would drop the decorator metadata.
      oxc: false,
      test: {
        include: ["src/**/*.test.ts", "src/**/*.integration-test.ts", "test/**/*.test.ts"],
        environment: "node",
        testTimeout: 30_000,
        hookTimeout: 60_000,
        benchmark: { include: ["src/**/*.bench.ts", "bench/**/*.bench.ts"] },
      },
    }),
    overrides,
  );
}
