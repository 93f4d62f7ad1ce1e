import { type User } from "@momentum/db";

/** What a successful sign-up, sign-in or refresh hands to the app. */
export interface AuthResult {
  user: User;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}
