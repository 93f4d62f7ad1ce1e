export * from "./register-domain-reactions";
