export * from "./achievement-criteria.schema";
export * from "./achievement-progress";
export * from "./achievement-facts";
export * from "./refresh-achievements.service";
export * from "./user-achievements";
export * from "./award-achievements-backfill";
export * from "./achievement-awards.reaction";
