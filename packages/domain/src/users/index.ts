export * from "./user-cache";
export * from "./update-profile.service";
export * from "./update-preferences.service";
export * from "./delete-account.service";
export * from "./erase-account";
export * from "./user-stats";
