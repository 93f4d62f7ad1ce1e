import type { AppRouter } from "@momentum/api";
import type { TRPCClientErrorLike } from "@trpc/client";

export type DashboardRequestError = TRPCClientErrorLike<AppRouter>;

/** The API's message for a refused request (its codes and wording come from the domain). */
export function RequestError({ error, testId }: { error: DashboardRequestError | null; testId?: string }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {error.message}
    </p>
  );
}

/** The message the API gave for one input field (`input.email`, ...), if it named that field. */
export const fieldErrorOf = (error: DashboardRequestError | null, field: string): string | undefined =>
  error?.data?.fields?.find((fieldError) => fieldError.field === field)?.message;
