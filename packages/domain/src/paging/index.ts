export * from "./newest-first-cursor";
