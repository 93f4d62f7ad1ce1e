import { OutboxEvent } from "@momentum/db";
import { type TestAccount } from "../../testing/account-builder";
import { type GraphqlResponse, type TestApi } from "../../testing/test-api";

export const GOAL_FIELDS = `id title description category { id } startDate targetDate status progress measurementType
  targetValue startValue currentValue completedAt isArchived isOverdue
  milestones { id title targetValue dueDate completedAt }
  relatedTasks { id title status } relatedHabits { id title }
  updates { id oldValue newValue notes createdAt }`;

export interface GoalResult {
  id: string;
  title: string;
  description: string | null;
  category: { id: string } | null;
  startDate: string;
  targetDate: string | null;
  status: string;
  progress: number;
  measurementType: string;
  targetValue: number | null;
  startValue: number | null;
  currentValue: number;
  completedAt: string | null;
  isArchived: boolean;
  isOverdue: boolean;
  milestones: {
    id: string;
    title: string;
    targetValue: number | null;
    dueDate: string | null;
    completedAt: string | null;
  }[];
  relatedTasks: { id: string; title: string; status: string }[];
  relatedHabits: { id: string; title: string }[];
  updates: {
    id: string;
    oldValue: number | null;
    newValue: number;
    notes: string | null;
    createdAt: string;
  }[];
}

/** Goal operations as the mobile app calls them, for one API under test. */
export function goalClient(api: TestApi) {
  const call = <K extends string>(
    operation: string,
    variables: Record<string, unknown>,
    account: TestAccount,
  ) => api.graphql<Record<K, GoalResult>>(operation, variables, account.accessToken);
  const link =
    (mutation: string, other: "taskId" | "habitId") => (account: TestAccount, goalId: string, id: string) =>
      call(
        `mutation($goalId: ID!, $id: ID!) { ${mutation}(goalId: $goalId, ${other}: $id) { ${GOAL_FIELDS} } }`,
        { goalId, id },
        account,
      );

  return {
    create: (account: TestAccount, input: Record<string, unknown>) =>
      call<"createGoal">(
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`,
        { input },
        account,
      ),
    update: (account: TestAccount, id: string, input: Record<string, unknown>) =>
      call<"updateGoal">(
        `mutation($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { ${GOAL_FIELDS} } }`,
        { id, input },
        account,
      ),
    record: (account: TestAccount, goalId: string, value: number, notes?: string) =>
      call<"recordGoalProgress">(
        `mutation($goalId: ID!, $value: Float!, $notes: String) { recordGoalProgress(goalId: $goalId, value: $value, notes: $notes) { ${GOAL_FIELDS} } }`,
        { goalId, value, notes },
        account,
      ),
    addMilestone: (account: TestAccount, goalId: string, input: Record<string, unknown>) =>
      call<"addMilestone">(
        `mutation($goalId: ID!, $input: MilestoneInput!) { addMilestone(goalId: $goalId, input: $input) { ${GOAL_FIELDS} } }`,
        { goalId, input },
        account,
      ),
    completeMilestone: (account: TestAccount, milestoneId: string) =>
      call<"completeMilestone">(
        `mutation($id: ID!) { completeMilestone(milestoneId: $id) { ${GOAL_FIELDS} } }`,
        { id: milestoneId },
        account,
      ),
    linkTask: link("linkTaskToGoal", "taskId"),
    unlinkTask: link("unlinkTaskFromGoal", "taskId"),
    linkHabit: link("linkHabitToGoal", "habitId"),
    unlinkHabit: link("unlinkHabitFromGoal", "habitId"),
    archive: (account: TestAccount, id: string) =>
      call<"archiveGoal">(`mutation($id: ID!) { archiveGoal(id: $id) { ${GOAL_FIELDS} } }`, { id }, account),
    get: (account: TestAccount, id: string) =>
      call<"goal">(`query($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`, { id }, account),
    list: (account: TestAccount, status?: string) =>
      api.graphql<{ goals: GoalResult[] }>(
        `query($status: GoalStatus) { goals(status: $status) { ${GOAL_FIELDS} } }`,
        { status },
        account.accessToken,
      ),
  };
}

/** The one goal a successful call answers with, or a failure that shows the errors. */
export async function goalOf(
  response: Promise<GraphqlResponse<Record<string, GoalResult>>>,
): Promise<GoalResult> {
  const { data, errors } = await response;
  if (!data || errors) throw new Error(`GraphQL call failed: ${JSON.stringify(errors)}`);
  return Object.values(data)[0]!;
}

/** The error code and field names of a refused call. */
export async function refusalOf(
  response: Promise<GraphqlResponse<unknown>>,
): Promise<{ code: unknown; fields: string[] }> {
  const { errors } = await response;
  const extensions = (errors?.[0]?.extensions ?? {}) as { code?: unknown; fields?: { field: string }[] };
  return { code: extensions.code, fields: (extensions.fields ?? []).map((field) => field.field) };
}

/** The outbox events about a goal, in the order they were recorded. */
export async function goalEventsOf(
  api: TestApi,
  goalId: string,
): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  const events = await api.deps.orm.em
    .fork()
    .find(OutboxEvent, { aggregateId: goalId }, { orderBy: { position: "asc" } });
  return events.map((event) => ({ type: event.eventType, payload: event.payload }));
}
