export * from "./data-export-rules";
export * from "./user-data-archive";
export * from "./request-data-export.service";
export * from "./prepare-data-exports.service";
export * from "./data-export-download.service";
