import { type ImportJobFormat } from "@momentum/db";

/** A larger file is refused (BAD_USER_INPUT on `content`); a zip counts as its base64 text. */
export const DEFAULT_IMPORT_MAX_CONTENT_BYTES = 10 * 1024 * 1024;

/** A running job whose worker wrote nothing for this long lost its worker and is taken up again. */
export const IMPORT_STALE_AFTER_MS = 10 * 60 * 1000;

/** A job taken up this many times without finishing is marked failed rather than tried again. */
export const IMPORT_MAX_ATTEMPTS = 3;

/** The job keeps this many warnings; the rest are counted in a last line. */
export const IMPORT_MAX_WARNINGS = 500;

export type { ImportJobFormat };
