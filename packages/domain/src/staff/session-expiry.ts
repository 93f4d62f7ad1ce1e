const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a staff session lives without use; a session in use keeps sliding forward. */
export interface SessionLifetime {
  days: number;
}

function lifetimeMs(lifetime: SessionLifetime): number {
  return lifetime.days * DAY_MS;
}

export function sessionExpiresAt(now: Date, lifetime: SessionLifetime): Date {
  return new Date(now.getTime() + lifetimeMs(lifetime));
}

export function isSessionExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

/** Extend only once half the lifetime is used, so an active session writes at most twice per lifetime. */
export function shouldExtendSession(expiresAt: Date, now: Date, lifetime: SessionLifetime): boolean {
  return expiresAt.getTime() - now.getTime() < lifetimeMs(lifetime) / 2;
}
