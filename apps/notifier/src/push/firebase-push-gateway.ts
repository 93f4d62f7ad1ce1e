import { applicationDefault, cert, deleteApp, initializeApp, type App } from "firebase-admin/app";
import { getMessaging, type Message } from "firebase-admin/messaging";
import { type FirebaseCredentials } from "../config";
import { type Push, type PushGateway, type PushResult } from "./push-gateway";

/** FCM error codes that mean the token itself is unusable, so the device should be forgotten. */
const deadTokenCodes = new Set([
  "messaging/registration-token-not-registered",
  "messaging/invalid-registration-token",
  // FCM answers INVALID_ARGUMENT for a malformed token; our own payload is fixed and valid.
  "messaging/invalid-argument",
]);

/** What a failed FCM send means for the device. */
export function pushResultOfFirebaseError(error: unknown): PushResult {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string" && deadTokenCodes.has(code))
    return { status: "invalid_token", error: `${code}: ${message}` };
  return { status: "failed", error: typeof code === "string" ? `${code}: ${message}` : message };
}

function fcmMessageOf(push: Push): Message {
  return {
    token: push.token,
    notification: { title: push.title, body: push.body },
    data: push.data,
    android: { priority: "high" },
    apns: { payload: { aps: { sound: "default" } } },
  };
}

/** Sends through Firebase Cloud Messaging with the configured service account. */
export class FirebasePushGateway implements PushGateway {
  readonly name = "fcm";
  private readonly app: App;

  constructor(credentials: FirebaseCredentials) {
    const credential =
      "serviceAccountJson" in credentials
        ? cert(JSON.parse(credentials.serviceAccountJson) as object)
        : applicationDefault();
    // A named app, so the notifier never collides with another default Firebase app in the process.
    this.app = initializeApp({ credential }, `momentum-notifier-${process.pid}-${Date.now()}`);
  }

  async send(push: Push): Promise<PushResult> {
    try {
      await getMessaging(this.app).send(fcmMessageOf(push));
      return { status: "sent" };
    } catch (error) {
      return pushResultOfFirebaseError(error);
    }
  }

  async close(): Promise<void> {
    await deleteApp(this.app);
  }
}
