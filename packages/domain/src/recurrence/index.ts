export * from "./next-occurrence";
export * from "./recurrence-input.schema";
