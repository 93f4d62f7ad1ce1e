/**
 * Every day of a report's range as a row `day` (timestamp without zone), to left-join facts onto so that
 * days without data come out as zeros. Binds `from` and `to`. The explicit timestamp cast keeps
 * generate_series off its timestamptz overload, which would step through the session's zone.
 */
export const REPORT_DAYS_SQL = `generate_series(?::date::timestamp, ?::date::timestamp, interval '1 day') as day`;
