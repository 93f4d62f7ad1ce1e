export * from "./idempotency-store";
