export * from "./device-input.schema";
export * from "./register-device.service";
