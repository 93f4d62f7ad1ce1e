export * from "./domain-error";
export * from "./zod-fields";
export * from "./storable-text";
