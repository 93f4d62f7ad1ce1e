export * from "./sha256-hex";
