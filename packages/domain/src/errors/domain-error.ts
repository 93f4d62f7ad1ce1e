/** The few ways a domain operation can refuse; each transport maps them to its own codes in one place. */
export const DomainErrorCode = {
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  InvalidInput: "INVALID_INPUT",
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  RateLimited: "RATE_LIMITED",
} as const;
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError(DomainErrorCode.NotFound, `${what} not found`);

export const conflict = (message: string, fields?: FieldError[]) =>
  new DomainError(DomainErrorCode.Conflict, message, { fields });

export const invalidInput = (fields: FieldError[], message = "Invalid input") =>
  new DomainError(DomainErrorCode.InvalidInput, message, { fields });

export const unauthenticated = (message = "Not signed in") =>
  new DomainError(DomainErrorCode.Unauthenticated, message);

export const forbidden = (message = "Not allowed") => new DomainError(DomainErrorCode.Forbidden, message);

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(DomainErrorCode.RateLimited, "Too many requests, try again later", { retryAfterSeconds });
