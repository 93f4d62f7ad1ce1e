import { invalidInput } from "@momentum/domain";

export const DEVICE_ID_HEADER = "X-Device-Id";

/** As the sessions table stores it (255), in visible ASCII: an install id, never free text. */
const deviceIdPattern = /^[\x21-\x7e]{1,255}$/;

/**
 * The app's install id from the X-Device-Id header, or null without one. A header is input like any
 * other: one the column cannot hold is refused as BAD_USER_INPUT naming it, never sent to the database.
 */
export function deviceIdHeaderOf(request: Request): string | null {
  const value = request.headers.get(DEVICE_ID_HEADER);
  if (value === null) return null;
  if (!deviceIdPattern.test(value)) {
    throw invalidInput(
      [{ field: DEVICE_ID_HEADER, message: "must be 1 to 255 visible ASCII characters" }],
      `Invalid ${DEVICE_ID_HEADER} header`,
    );
  }
  return value;
}
