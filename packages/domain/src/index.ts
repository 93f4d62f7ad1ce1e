export * from "./errors/domain-error";
export * from "./errors/zod-fields";
export * from "./observability/logger";
