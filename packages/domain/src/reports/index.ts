export * from "./overview-counts";
export * from "./report-range.schema";
export * from "./daily-active-users.query";
export * from "./daily-productivity-totals.query";
export * from "./activity-by-type.query";
export * from "./activity-report.service";
