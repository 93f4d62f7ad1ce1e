export * from "./import-rules";
export * from "./import-plan";
export * from "./start-import.service";
export * from "./process-import-jobs.service";
