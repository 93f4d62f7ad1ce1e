// Shared flat config: typed rules for every workspace, and the two house rules
// that keep configuration and logging in one place.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/dist/**", "**/.next/**", "**/node_modules/**", "**/.turbo/**", "**/*.d.ts"],
};

export const base = tseslint.config(
  ignores,
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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
    files: [
      "**/config.ts",
      "**/*.config.ts",
      "**/*.config.mjs",
      "**/*.test.ts",
      "**/*.integration-test.ts",
      "**/test/**",
      "**/testing/**",
      "**/scripts/**",
      "**/e2e/**",
    ],
    rules: { "no-restricted-properties": "off", "no-console": "off" },
  },
);

export default base;

/** A layer rule: importing any of `modules` (globs allowed) is an error that says why. */
export const forbidImports = (modules, message) => ({
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: modules, message }] }] },
});
