import { type Logger } from "@momentum/platform";
import { type Push, type PushGateway, type PushResult } from "./push-gateway";

/**
 * The gateway for development and tests, used when no Firebase credentials are configured: it sends
 * nothing, logs each push, and keeps them so a test can look.
 */
export class RecordingPushGateway implements PushGateway {
  readonly name = "recording";
  readonly pushes: Push[] = [];

  constructor(private readonly logger: Logger) {}

  async send(push: Push): Promise<PushResult> {
    this.pushes.push(push);
    this.logger.info(
      { platform: push.platform, title: push.title, body: push.body, data: push.data },
      "push recorded",
    );
    return { status: "sent" };
  }

  async close(): Promise<void> {}
}
