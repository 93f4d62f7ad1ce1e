export * from "./domain-error";
export * from "./zod-fields";
export * from "./storable-text";
export * from "./unique-name";
