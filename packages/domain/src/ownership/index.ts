export * from "./find-own";
