import base, { forbidImports } from "@momentum/eslint-config";

// The domain is the product's rules: transports, frameworks and connections belong to the apps and to
// @momentum/platform, never here.
const transportModules = [
  "graphql",
  "graphql-*",
  "type-graphql",
  "@trpc/*",
  "next",
  "next/*",
  "react",
  "react-dom",
  "node:http",
  "node:https",
  "http",
  "https",
  "rabbitmq-client",
  "firebase-admin",
  "firebase-admin/*",
  "@momentum/api",
  "@momentum/admin",
];

export default [
  ...base,
  forbidImports(
    transportModules,
    "packages/domain holds the rules only: move transport and connection code to an app or @momentum/platform.",
  ),
];
