import { describe, expect, it } from "vitest";
import { pushResultOfFirebaseError } from "./firebase-push-gateway";

const firebaseError = (code: string, message = "FCM said no") => Object.assign(new Error(message), { code });

describe("pushResultOfFirebaseError", () => {
  it.each([
    "messaging/registration-token-not-registered",
    "messaging/invalid-registration-token",
    "messaging/invalid-argument",
  ])("treats %s as a dead token", (code) => {
    expect(pushResultOfFirebaseError(firebaseError(code))).toEqual({
      status: "invalid_token",
      error: `${code}: FCM said no`,
    });
  });

  it.each(["messaging/internal-error", "messaging/server-unavailable", "messaging/quota-exceeded"])(
    "treats %s as a failure worth retrying, keeping the device",
    (code) => {
      expect(pushResultOfFirebaseError(firebaseError(code))).toMatchObject({ status: "failed" });
    },
  );

  it("reports an error without a code as a failure with its message", () => {
    expect(pushResultOfFirebaseError(new Error("socket hang up"))).toEqual({
      status: "failed",
      error: "socket hang up",
    });
  });
});
