import type { EntityManager, RequiredEntityData } from "@mikro-orm/core";
import type { DateTime } from "luxon";
import type { Category } from "../entities/category.entity";
import { Priority, TaskStatus } from "../entities/enums";
import { TaskHistory } from "../entities/task-history.entity";
import { TaskReminder } from "../entities/task-reminder.entity";
import { Task } from "../entities/task.entity";
import type { User } from "../entities/user.entity";

interface DemoTaskCategories {
  work: Category;
  personal: Category;
}

export interface DemoTasks {
  /** The tasks of the side-project goal. */
  sideProject: Task[];
}

/**
 * About a dozen tasks around "today" in the user's zone: some done, some overdue, one with
 * subtasks, one weekly recurring, three that feed a goal.
 */
export function createDemoTasks(
  em: EntityManager,
  user: User,
  categories: DemoTaskCategories,
  today: DateTime,
): DemoTasks {
  const at = (daysFromToday: number, hour: number, minute = 0) =>
    today.plus({ days: daysFromToday }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();

  const task = (data: Omit<RequiredEntityData<Task>, "user">): Task => {
    const created = em.create(Task, { user, ...data });
    em.create(TaskHistory, { task: created, user, action: "created", newStatus: TaskStatus.Pending });
    if (created.status !== TaskStatus.Pending) {
      em.create(TaskHistory, {
        task: created,
        user,
        action: "status_changed",
        oldStatus: TaskStatus.Pending,
        newStatus: created.status,
      });
    }
    return created;
  };

  const { work, personal } = categories;
  const report = task({
    title: "Prepare quarterly report",
    category: work,
    priority: Priority.High,
    status: TaskStatus.InProgress,
    dueDate: at(0, 17),
    reminderTime: at(0, 15),
  });
  // Two hours before it is due, as a relative reminder (reminderTime is the list's earliest instant).
  em.create(TaskReminder, { task: report, minutesBefore: 120, fireAt: at(0, 15) });
  task({ title: "Reply to client e-mails", category: work, priority: Priority.Medium, dueDate: at(-1, 12) });
  task({
    title: "Book dentist appointment",
    category: personal,
    priority: Priority.Low,
    dueDate: at(-3, 10),
  });
  task({
    title: "Renew passport",
    category: personal,
    priority: Priority.High,
    dueDate: at(10, 9),
    description: "Photos and the old passport are in the desk drawer.",
  });
  task({
    title: "Weekly planning",
    category: work,
    priority: Priority.Medium,
    dueDate: at(today.weekday === 1 ? 0 : 8 - today.weekday, 9),
    recurrenceRule: { rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: user.timezone },
  });
  task({
    title: "Buy groceries",
    category: personal,
    status: TaskStatus.Completed,
    dueDate: at(-1, 18),
    completedAt: at(-1, 17, 40),
  });
  task({
    title: "Call mom",
    category: personal,
    priority: Priority.Medium,
    status: TaskStatus.Completed,
    completedAt: at(0, 8, 5),
  });
  task({ title: "Clean up newsletter subscriptions", category: personal, status: TaskStatus.Cancelled });

  const trip = task({
    title: "Plan summer trip",
    category: personal,
    priority: Priority.Medium,
    dueDate: at(14, 20),
  });
  task({
    title: "Choose destination",
    category: personal,
    parentTask: trip,
    status: TaskStatus.Completed,
    completedAt: at(-4, 21),
  });
  task({
    title: "Book flights",
    category: personal,
    parentTask: trip,
    priority: Priority.High,
    dueDate: at(5, 20),
  });
  task({ title: "Reserve hotel", category: personal, parentTask: trip, dueDate: at(7, 20) });

  const sideProject = [
    task({
      title: "Fix login bug in the side project",
      category: work,
      priority: Priority.Urgent,
      status: TaskStatus.Completed,
      dueDate: at(-2, 18),
      completedAt: at(-2, 16, 20),
    }),
    task({ title: "Write landing page copy", category: work, priority: Priority.Medium, dueDate: at(7, 18) }),
    task({
      title: "Set up deployment pipeline",
      category: work,
      priority: Priority.High,
      dueDate: at(12, 18),
    }),
  ];
  return { sideProject };
}
