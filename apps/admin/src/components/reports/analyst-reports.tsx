"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { RequestError } from "~/components/request-error";
import { useTRPC } from "~/trpc/react";
import { AchievementsReport } from "./achievements-report";
import { ActiveUsersReport } from "./active-users-report";
import { FocusMinutesReport } from "./focus-minutes-report";
import { HabitCompletionReport } from "./habit-completion-report";
import { ReportFilterForm, type ReportFilterValues } from "./report-filter-form";
import { SignUpCohortsReport } from "./sign-up-cohorts-report";
import { TaskCompletionReport } from "./task-completion-report";

/** Every analyst report over one filter; each section has its charts or table and its CSV download. */
export function AnalystReports({ initialFilter }: { initialFilter: ReportFilterValues }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState(initialFilter);
  const options = { placeholderData: keepPreviousData };
  const activeUsers = useQuery({ ...trpc.reports.activeUsers.queryOptions(filter), ...options });
  const cohorts = useQuery({ ...trpc.reports.signUpCohorts.queryOptions(filter), ...options });
  const habits = useQuery({ ...trpc.reports.habitCompletion.queryOptions(filter), ...options });
  const tasks = useQuery({ ...trpc.reports.taskCompletion.queryOptions(filter), ...options });
  const achievements = useQuery({ ...trpc.reports.achievementsUnlocked.queryOptions(filter), ...options });
  const focus = useQuery({ ...trpc.reports.focusMinutes.queryOptions(filter), ...options });
  // Every report validates the same filter: the first one's refusal speaks for all.
  const error = activeUsers.error;

  return (
    <>
      <ReportFilterForm initial={initialFilter} error={error} onChange={setFilter} />
      <p className="notice" data-testid="day-base">
        Days are each user&apos;s own calendar days: the day an event carries (a task&apos;s completion day, a
        habit log&apos;s day, a focus session&apos;s day, an award&apos;s day), else the day it happened in
        the time zone the user signed up with (UTC for users analytics never saw sign up).
      </p>
      {error && !error.data?.fields && <RequestError error={error} />}
      {activeUsers.data && <ActiveUsersReport data={activeUsers.data} filter={filter} />}
      {cohorts.data && <SignUpCohortsReport data={cohorts.data} filter={filter} />}
      {habits.data && <HabitCompletionReport data={habits.data} filter={filter} />}
      {tasks.data && <TaskCompletionReport data={tasks.data} filter={filter} />}
      {achievements.data && <AchievementsReport data={achievements.data} filter={filter} />}
      {focus.data && <FocusMinutesReport data={focus.data} filter={filter} />}
    </>
  );
}
