import { type TestAccount } from "../../testing/account-builder";
import { type GraphqlResponse, type TestApi } from "../../testing/test-api";

export const TASK_FIELDS = `id title description dueDate priority status completedAt reminderTime
  category { id name } parentTask { id } subtasks { id title status }
  recurrence { rrule timezone nextOccurrence }`;

export interface TaskResult {
  id: string;
  title: string;
  description: string | null;
  dueDate: string | null;
  priority: string;
  status: string;
  completedAt: string | null;
  reminderTime: string | null;
  category: { id: string; name: string } | null;
  parentTask: { id: string } | null;
  subtasks: { id: string; title: string; status: string }[];
  recurrence: { rrule: string; timezone: string; nextOccurrence: string | null } | null;
}

/** Task operations as the mobile app calls them, for one API under test. */
export function taskClient(api: TestApi) {
  const call = <K extends string, T>(
    operation: string,
    key: K,
    variables: Record<string, unknown>,
    account: TestAccount,
  ) => api.graphql<Record<K, T>>(operation, variables, account.accessToken);

  return {
    create: (account: TestAccount, input: Record<string, unknown>) =>
      call<"createTask", TaskResult>(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`,
        "createTask",
        { input },
        account,
      ),
    update: (account: TestAccount, id: string, input: Record<string, unknown>) =>
      call<"updateTask", TaskResult>(
        `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK_FIELDS} } }`,
        "updateTask",
        { id, input },
        account,
      ),
    complete: (account: TestAccount, id: string) =>
      call<"completeTask", TaskResult>(
        `mutation($id: ID!) { completeTask(id: $id) { ${TASK_FIELDS} } }`,
        "completeTask",
        { id },
        account,
      ),
    reopen: (account: TestAccount, id: string) =>
      call<"reopenTask", TaskResult>(
        `mutation($id: ID!) { reopenTask(id: $id) { ${TASK_FIELDS} } }`,
        "reopenTask",
        { id },
        account,
      ),
    remove: (account: TestAccount, id: string) =>
      call<"deleteTask", boolean>(
        `mutation($id: ID!) { deleteTask(id: $id) }`,
        "deleteTask",
        { id },
        account,
      ),
    get: (account: TestAccount, id: string) =>
      call<"task", TaskResult>(
        `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} history { action oldStatus newStatus notes } } }`,
        "task",
        { id },
        account,
      ),
  };
}

/** The created task, or a failure that shows the errors. */
export async function created(
  response: Promise<GraphqlResponse<{ createTask: TaskResult }>>,
): Promise<TaskResult> {
  const { data, errors } = await response;
  if (!data) throw new Error(`createTask failed: ${JSON.stringify(errors)}`);
  return data.createTask;
}
