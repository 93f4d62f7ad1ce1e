export * from "./rate-limit-rules";
export * from "./sliding-window-limiter";
export * from "./sign-in-throttle";
