export * from "./achievement-catalogue";
export * from "./achievement.seeder";
export * from "./staff-admin.seeder";
export * from "./demo-accounts";
export * from "./demo-user.seeder";
export * from "./main-database.seeder";
export * from "./analytics-demo.seeder";
