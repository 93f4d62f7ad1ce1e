// Shared flat config: type-aware rules for every workspace (typescript-eslint's project service reads
// each file's nearest tsconfig), and the house rules that keep configuration and logging in one place.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/dist/**", "**/.next/**", "**/node_modules/**", "**/.turbo/**", "**/*.d.ts"],
};

export const base = tseslint.config(
  ignores,
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Promises are awaited or explicitly voided: a forgotten one loses its error.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // An async function that awaits nothing is how an interface's async method is often implemented.
      "@typescript-eslint/require-await": "off",
      // MikroORM's `Opt` brand (`status: TaskStatus & Opt`) hides the enum from this rule: false alarms only.
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      // Its fixes drop assertions that steer inference (`.catch(() => ({}) as Record<…>)`): unsafe here.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "no-console": "error",
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through the workspace's config module.",
        },
      ],
    },
  },
  {
    // Configuration files are plain JavaScript outside every tsconfig: no type information for them.
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      "**/config.ts",
      "**/*.config.ts",
      "**/*.config.mjs",
      "**/*.test.ts",
      "**/*.integration-test.ts",
      "**/*.bench.ts",
      "**/test/**",
      "**/testing/**",
      "**/scripts/**",
      "**/e2e/**",
      "**/bench/**",
    ],
    rules: { "no-restricted-properties": "off", "no-console": "off" },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
    files: ["**/*.test.ts", "**/*.integration-test.ts", "**/*.outage-test.ts", "**/e2e/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
);

/** The dashboard: React's hook rules and Next's own, on top of the base. */
export const nextApp = tseslint.config(...base, {
  files: ["**/*.ts", "**/*.tsx"],
  plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
  languageOptions: { globals: { ...globals.browser } },
  rules: {
    ...reactHooks.configs.recommended.rules,
    ...nextPlugin.configs.recommended.rules,
    ...nextPlugin.configs["core-web-vitals"].rules,
  },
});

/** A layer rule: importing any of `modules` (globs allowed) is an error that says why. */
export const forbidImports = (modules, message) => ({
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: modules, message }] }] },
});

export default base;
