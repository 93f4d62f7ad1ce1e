import { invalidInput } from "../errors/domain-error";

/** A habit's end date, when it has one, is on or after its start date. */
export function assertEndNotBeforeStart(startDate: string, endDate: string | null, field: string): void {
  if (endDate !== null && endDate < startDate) {
    throw invalidInput([{ field, message: `must not be before the start date ${startDate}` }]);
  }
}
