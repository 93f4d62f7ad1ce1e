import { type EntityManager } from "@mikro-orm/postgresql";
import {
  dropParkedMessage,
  listParkedMessages,
  replayParkedMessage,
  type ParkedMessage,
  type RabbitConnection,
} from "@momentum/platform";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { type MessagingTopology } from "../events/messaging-topology";
import { recordAudit, StaffAuditAction } from "./record-audit";
import {
  listParkedMessagesInputSchema,
  parkedMessageRefSchema,
  type ListParkedMessagesInput,
  type ParkedMessageRef,
} from "./parked-message.schema";
import { type StaffActor } from "./staff-actor";

/** The broker and the names of this environment's queues. */
export interface ParkedQueues {
  rabbit: RabbitConnection;
  topology: MessagingTopology;
}

/** A consumer's parked messages, oldest first, each with why it was parked. */
export async function listParkedMessagesForStaff(
  queues: ParkedQueues,
  input: ListParkedMessagesInput,
): Promise<ParkedMessage[]> {
  const { consumer, limit } = parseInput(listParkedMessagesInputSchema, input, "input");
  return listParkedMessages(queues.rabbit, queues.topology.consumers[consumer], limit);
}

type ParkedOperation = typeof replayParkedMessage;

async function operateAudited(
  em: EntityManager,
  queues: ParkedQueues,
  actor: StaffActor,
  input: ParkedMessageRef,
  operation: ParkedOperation,
  action: StaffAuditAction,
): Promise<{ messageId: string }> {
  const { consumer, messageId } = parseInput(parkedMessageRefSchema, input, "input");
  const queue = queues.topology.consumers[consumer];
  if (!(await operation(queues.rabbit, queue, messageId))) throw notFound("Parked message");
  // The broker change cannot join the database transaction: the entry is written once it happened.
  recordAudit(em, {
    staffUserId: actor.staffUserId,
    action,
    targetType: "parked_message",
    targetId: messageId,
    details: { queue: queue.deadQueue },
    ip: actor.ip,
  });
  return { messageId };
}

/** Sends a parked message back to its consumer (its attempts start again) and audits it. Does not flush. */
export const replayParkedMessageAsStaff = (
  em: EntityManager,
  queues: ParkedQueues,
  actor: StaffActor,
  input: ParkedMessageRef,
) => operateAudited(em, queues, actor, input, replayParkedMessage, StaffAuditAction.ReplayParkedMessage);

/** Deletes a parked message for good and audits it. Does not flush. */
export const dropParkedMessageAsStaff = (
  em: EntityManager,
  queues: ParkedQueues,
  actor: StaffActor,
  input: ParkedMessageRef,
) => operateAudited(em, queues, actor, input, dropParkedMessage, StaffAuditAction.DropParkedMessage);
