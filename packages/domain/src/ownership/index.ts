export * from "./find-own";
export * from "./per-user-limit";
