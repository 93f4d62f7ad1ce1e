import { OutboxEvent } from "@momentum/db";
import { type HabitProgressFacts } from "@momentum/domain";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { dayFromToday, noonIn } from "../../testing/test-calendar";
import { type GraphqlResponse, startTestApi, type TestApi } from "../../testing/test-api";

export const HABIT_FIELDS = `id title description frequencyType frequencyConfig startDate endDate category { id }
  currentStreak longestStreak totalCompletions lastCompletedAt reminderTime isArchived unit targetValue targetType
  progress { periodStart periodEnd completedInPeriod targetInPeriod isDueToday isCompletedToday completionRate30d strength }
  streaks { id startDate endDate length isActive }`;

export interface HabitResult {
  id: string;
  title: string;
  description: string | null;
  frequencyType: string;
  frequencyConfig: Record<string, unknown>;
  startDate: string;
  endDate: string | null;
  category: { id: string } | null;
  currentStreak: number;
  longestStreak: number;
  totalCompletions: number;
  lastCompletedAt: string | null;
  reminderTime: string | null;
  isArchived: boolean;
  unit: string | null;
  targetValue: number | null;
  targetType: "AT_LEAST" | "AT_MOST";
  progress: HabitProgressFacts;
  streaks: { id: string; startDate: string; endDate: string | null; length: number; isActive: boolean }[];
}

export interface HabitLogResult {
  id: string;
  completedDate: string;
  completedAt: string;
  value: number | null;
  notes: string | null;
  mood: number | null;
  skipReason: string | null;
}

/** Habit operations as the mobile app calls them, for one API under test. */
export function habitClient(api: TestApi) {
  const call = <K extends string, T>(
    operation: string,
    variables: Record<string, unknown>,
    account: TestAccount,
  ) => api.graphql<Record<K, T>>(operation, variables, account.accessToken);

  return {
    create: (account: TestAccount, input: Record<string, unknown>) =>
      call<"createHabit", HabitResult>(
        `mutation($input: CreateHabitInput!) { createHabit(input: $input) { ${HABIT_FIELDS} } }`,
        { input },
        account,
      ),
    update: (account: TestAccount, id: string, input: Record<string, unknown>) =>
      call<"updateHabit", HabitResult>(
        `mutation($id: ID!, $input: UpdateHabitInput!) { updateHabit(id: $id, input: $input) { ${HABIT_FIELDS} } }`,
        { id, input },
        account,
      ),
    archive: (account: TestAccount, id: string) =>
      call<"archiveHabit", HabitResult>(
        `mutation($id: ID!) { archiveHabit(id: $id) { ${HABIT_FIELDS} } }`,
        { id },
        account,
      ),
    log: (account: TestAccount, input: Record<string, unknown>) =>
      call<"logHabit", HabitResult>(
        `mutation($input: LogHabitInput!) { logHabit(input: $input) { ${HABIT_FIELDS} } }`,
        { input },
        account,
      ),
    skip: (account: TestAccount, input: Record<string, unknown>) =>
      call<"skipHabit", HabitResult>(
        `mutation($input: SkipHabitInput!) { skipHabit(input: $input) { ${HABIT_FIELDS} } }`,
        { input },
        account,
      ),
    deleteLog: (account: TestAccount, habitId: string, date: string) =>
      call<"deleteHabitLog", HabitResult>(
        `mutation($habitId: ID!, $date: Date!) { deleteHabitLog(habitId: $habitId, date: $date) { ${HABIT_FIELDS} } }`,
        { habitId, date },
        account,
      ),
    get: (account: TestAccount, id: string) =>
      call<"habit", HabitResult>(`query($id: ID!) { habit(id: $id) { ${HABIT_FIELDS} } }`, { id }, account),
    list: (account: TestAccount, includeArchived?: boolean) =>
      call<"habits", HabitResult[]>(
        `query($all: Boolean) { habits(includeArchived: $all) { ${HABIT_FIELDS} } }`,
        { all: includeArchived },
        account,
      ),
    logs: (account: TestAccount, id: string, from?: string, to?: string) =>
      call<"habit", { logs: HabitLogResult[] }>(
        `query($id: ID!, $from: Date, $to: Date) { habit(id: $id) { logs(from: $from, to: $to) { id completedDate completedAt value notes mood skipReason } } }`,
        { id, from, to },
        account,
      ),
  };
}

/** The data of a successful call, or a failure that shows the errors. */
export async function dataOf<T>(response: Promise<GraphqlResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (!data || errors) throw new Error(`GraphQL call failed: ${JSON.stringify(errors)}`);
  return data;
}

/**
 * One API for a test file and a signed-in owner in `zone`, with the helpers the habit tests share.
 * Every test starts at noon of the test day in `zone` (TEST_DAY). Registers its own hooks; read the
 * fields inside tests.
 */
export function useHabitTestSession(zone: string) {
  const session = {
    api: undefined as unknown as TestApi,
    owner: undefined as unknown as TestAccount,
    habits: undefined as unknown as ReturnType<typeof habitClient>,
    /** The day `offset` days from the owner's today, by the API's clock. */
    day: (offset: number) => dayFromToday(session.api.clock, zone, offset),
    async createDaily(fields: Record<string, unknown> = {}): Promise<HabitResult> {
      const input = { title: "Meditate", frequencyType: "DAILY", ...fields };
      return (await dataOf(session.habits.create(session.owner, input))).createHabit;
    },
    /** The habit's outbox events, oldest first. */
    async eventTypes(habitId: string): Promise<string[]> {
      const events = await session.api.deps.orm.em
        .fork()
        .find(OutboxEvent, { aggregateId: habitId }, { orderBy: { occurredAt: "asc", position: "asc" } });
      return events.map((event) => event.eventType);
    },
  };
  beforeAll(async () => {
    session.api = await startTestApi({ now: noonIn(zone) });
    session.owner = await signUpTestAccount(session.api, { timezone: zone });
    session.habits = habitClient(session.api);
  });
  beforeEach(() => session.api.clock.set(noonIn(zone)));
  afterAll(() => session.api?.stop());
  return session;
}
