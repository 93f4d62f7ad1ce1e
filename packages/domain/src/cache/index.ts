export * from "./redis-connection";
export * from "./cache-keys";
export * from "./forget-keys";
