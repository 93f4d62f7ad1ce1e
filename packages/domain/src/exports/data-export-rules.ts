/** A ready archive may be fetched for this long, then it is deleted unfetched. */
export const DATA_EXPORT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** At most one export is asked for per user in this span, by the user or by staff. */
export const DATA_EXPORT_INTERVAL_MS = 24 * 60 * 60 * 1000;
