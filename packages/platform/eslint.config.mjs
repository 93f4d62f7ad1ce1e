import base, { forbidImports } from "@momentum/eslint-config";

// Plumbing knows nothing of the product: the domain uses the platform, never the other way round.
export default [
  ...base,
  forbidImports(
    ["@momentum/domain", "@momentum/api", "@momentum/admin", "graphql", "type-graphql", "@trpc/*"],
    "@momentum/platform has no product words: pass what it needs in from the caller.",
  ),
];
