export * from "./entities";
export * from "./config";
export * from "./orm-options";
export * from "./seeders";
