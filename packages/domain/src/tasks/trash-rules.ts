/** How long a deleted task stays in the trash before the purge job deletes it for good. */
export const TRASH_RETENTION_DAYS = 30;

const RETENTION_MS = TRASH_RETENTION_DAYS * 24 * 60 * 60 * 1000;

/** Tasks deleted at or before this instant have left the trash (purged, or about to be). */
export const trashCutoff = (now: Date): Date => new Date(now.getTime() - RETENTION_MS);
