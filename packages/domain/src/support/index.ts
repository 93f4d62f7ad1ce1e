export * from "./support-permissions";
export * from "./user-directory.schema";
export * from "./search-users.service";
export * from "./user-account-view.service";
export * from "./end-user-sessions.service";
export * from "./send-password-reset-for-user.service";
export * from "./user-suspension.service";
export * from "./delete-user-account.service";
