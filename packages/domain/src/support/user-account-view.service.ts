import { type EntityManager } from "@mikro-orm/postgresql";
import {
  ClosedAccount,
  DataExport,
  Device,
  EmailDelivery,
  PushDelivery,
  Session,
  User,
  UserAchievement,
  UserActivity,
} from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { loadUserStats, type UserStats } from "../users/user-stats";
import { type UserAccountState } from "./user-directory.schema";

/** How far back the user page reads analytics activity: the recent months' partitions only. */
export const RECENT_ACTIVITY_DAYS = 90;
const RECENT_ROWS = 20;

export interface UserAccountView {
  id: string;
  state: UserAccountState;
  profile: {
    email: string;
    username: string;
    fullName: string;
    timezone: string;
    signedUpAt: Date;
    lastSignInAt: Date | null;
    isDemo: boolean;
  } | null;
  closedAccount: { signedUpAt: Date; closedAt: Date; closedBy: string } | null;
  stats: UserStats | null;
  sessions: {
    id: string;
    deviceId: string | null;
    userAgent: string | null;
    ip: string | null;
    signedInAt: Date;
    lastActiveAt: Date;
    expiresAt: Date;
    endedAt: Date | null;
    endedBecause: string | null;
  }[];
  devices: { id: string; platform: string; registeredAt: Date; lastSeenAt: Date }[];
  recentActivity: { at: Date; activityType: string; entityType: string; action: string }[];
  achievements: { name: string; points: number; earnedAt: Date }[];
  pushes: { sentAt: Date; notificationType: string; title: string; status: string; error: string | null }[];
  emails: { sentAt: Date; kind: string; subject: string; status: string; error: string | null }[];
  dataExports: {
    id: string;
    requestedAt: Date;
    requestedByStaff: boolean;
    status: string;
    expiresAt: Date | null;
    archiveBytes: number | null;
  }[];
}

/**
 * One mobile user as the support desk sees them: profile and state, headline stats, sessions (open ones
 * and the latest ended), devices, the latest analytics activity (last 90 days), achievements earned and
 * the latest pushes and e-mails sent. A deleted account shows only what closed_accounts kept.
 */
export async function getUserAccount(
  em: EntityManager,
  analyticsEm: EntityManager,
  userId: string,
  now = new Date(),
): Promise<UserAccountView> {
  const user = await em.findOne(User, { id: userId, deletedAt: null });
  if (!user) return closedAccountView(em, userId);

  const recent = { orderBy: { createdAt: "desc" }, limit: RECENT_ROWS } as const;
  const [stats, sessions, devices, achievements, pushes, emails, activity, dataExports] = await Promise.all([
    loadUserStats(em.fork(), analyticsEm.fork(), user, now),
    em
      .fork()
      .find(
        Session,
        { user: userId },
        { orderBy: { revokedAt: "desc nulls first", lastActiveAt: "desc" }, limit: RECENT_ROWS },
      ),
    em.fork().find(Device, { user: userId }, { orderBy: { lastSeenAt: "desc" } }),
    em
      .fork()
      .find(
        UserAchievement,
        { user: userId, progress: { $gte: 100 } },
        { populate: ["achievement"], orderBy: { earnedAt: "desc" } },
      ),
    em.fork().find(PushDelivery, { userId }, recent),
    em.fork().find(EmailDelivery, { userId }, recent),
    analyticsEm
      .fork()
      .find(
        UserActivity,
        { userId, createdAt: { $gte: new Date(now.getTime() - RECENT_ACTIVITY_DAYS * 24 * 60 * 60 * 1000) } },
        recent,
      ),
    em.fork().find(DataExport, { user: userId }, { ...recent, exclude: ["archive"] }),
  ]);

  return {
    id: user.id,
    state: user.isActive ? "active" : "suspended",
    profile: {
      email: user.email,
      username: user.username,
      fullName: user.fullName,
      timezone: user.timezone,
      signedUpAt: user.createdAt,
      lastSignInAt: user.lastLoginAt ?? null,
      isDemo: user.isDemo,
    },
    closedAccount: null,
    stats,
    sessions: sessions.map((session) => ({
      id: session.id,
      deviceId: session.deviceId ?? null,
      userAgent: session.userAgent ?? null,
      ip: session.ip ?? null,
      signedInAt: session.createdAt,
      lastActiveAt: session.lastActiveAt,
      expiresAt: session.expiresAt,
      endedAt: session.revokedAt ?? null,
      endedBecause: session.revokedReason ?? null,
    })),
    devices: devices.map((device) => ({
      id: device.id,
      platform: device.platform,
      registeredAt: device.createdAt,
      lastSeenAt: device.lastSeenAt,
    })),
    recentActivity: activity.map((row) => ({
      at: row.createdAt,
      activityType: row.activityType,
      entityType: row.entityType,
      action: row.action,
    })),
    achievements: achievements.map((earned) => ({
      name: earned.achievement.name,
      points: earned.achievement.points,
      earnedAt: earned.earnedAt,
    })),
    pushes: pushes.map((push) => ({
      sentAt: push.createdAt,
      notificationType: push.notificationType,
      title: push.title,
      status: push.status,
      error: push.error ?? null,
    })),
    emails: emails.map((email) => ({
      sentAt: email.createdAt,
      kind: email.kind,
      subject: email.subject,
      status: email.status,
      error: email.error ?? null,
    })),
    dataExports: dataExports.map((dataExport) => ({
      id: dataExport.id,
      requestedAt: dataExport.createdAt,
      requestedByStaff: Boolean(dataExport.requestedByStaff),
      status: dataExport.status,
      expiresAt: dataExport.expiresAt ?? null,
      archiveBytes: dataExport.archiveBytes ?? null,
    })),
  };
}

async function closedAccountView(em: EntityManager, userId: string): Promise<UserAccountView> {
  const closed = await em.findOne(ClosedAccount, { userId });
  if (!closed) throw notFound("User");
  return {
    id: userId,
    state: "deleted",
    profile: null,
    closedAccount: { signedUpAt: closed.signedUpAt, closedAt: closed.closedAt, closedBy: closed.closedBy },
    stats: null,
    sessions: [],
    devices: [],
    recentActivity: [],
    achievements: [],
    pushes: [],
    emails: [],
    dataExports: [],
  };
}
