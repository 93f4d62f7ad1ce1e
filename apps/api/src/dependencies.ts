import { type MikroORM } from "@mikro-orm/postgresql";
import { type AccessTokens, type SignInThrottle, type SlidingWindowLimiter } from "@momentum/domain";
import {
  type Clock,
  type Logger,
  type RabbitConnection,
  type Redis,
  type Registry,
} from "@momentum/platform";
import { type ApiConfig } from "./config";

/** What every request handler of the API may use; built once in main.ts, replaced by real test instances in tests. */
export interface ApiDependencies {
  config: ApiConfig;
  /** The main database. */
  orm: MikroORM;
  /** The analytics database, read by the analysts' reports. */
  analyticsOrm: MikroORM;
  redis: Redis;
  accessTokens: AccessTokens;
  limiter: SlidingWindowLimiter;
  /** Password attempts (sign-in, password change, account deletion) on `limiter`. */
  passwordThrottle: SignInThrottle;
  logger: Logger;
  /** The process's one broker connection (publishers, staff operations on parked messages). */
  rabbit: RabbitConnection;
  /** The process's Prometheus registry, served on /metrics. */
  metrics: Registry;
  /** Where "now" comes from: each request reads it once and hands it to the services. */
  clock: Clock;
}
