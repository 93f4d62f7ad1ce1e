export * from "./test-databases";
export * from "./test-orms";
