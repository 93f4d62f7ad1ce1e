export * from "./time-zone";
export * from "./local-day";
export * from "./today-in";
export * from "./calendar-day";
export * from "./calendar-range.schema";
export * from "./wall-clock-instant";
