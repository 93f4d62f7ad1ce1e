export * from "./plain-rows";
