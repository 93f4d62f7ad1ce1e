export * from "./test-databases";
export * from "./test-orms";
export * from "./lock-waits";
export * from "./planned-relations";
export * from "./month-partition";
