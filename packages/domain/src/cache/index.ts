export * from "./cache-keys";
export * from "./forget-keys";
