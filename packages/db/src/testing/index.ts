export * from "./test-databases";
