import { type DevicePlatform } from "@momentum/db";

export interface Push {
  token: string;
  platform: DevicePlatform;
  title: string;
  body: string;
  /** Delivered to the app with the notification; FCM only carries strings. */
  data: Record<string, string>;
}

export type PushResult =
  | { status: "sent"; error?: undefined }
  /** The token is dead (app uninstalled, token rotated): the device is removed. */
  | { status: "invalid_token"; error: string }
  /** Anything else; worth another try later. */
  | { status: "failed"; error: string };

/** Sends one push to one device. Never throws for a delivery problem: the result says what happened. */
export interface PushGateway {
  /** Recorded in push_deliveries.gateway. */
  readonly name: string;
  send(push: Push): Promise<PushResult>;
  close(): Promise<void>;
}
