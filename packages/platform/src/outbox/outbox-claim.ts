import { type EntityManager } from "@mikro-orm/postgresql";
import { OutboxEvent } from "@momentum/db";

export interface ClaimedRound {
  /** Every row this round locked, oldest first. */
  claimed: OutboxEvent[];
  /** The claimed rows that may go out now, oldest first: none has an earlier pending event it did not claim. */
  ready: OutboxEvent[];
}

/** A claimed row as the statement returns it: instants as ISO 8601 text, bigint as text, jsonb parsed. */
interface ClaimedRow {
  id: string;
  created_at: string;
  position: string;
  event_type: string;
  event_version: number;
  aggregate_type: string;
  aggregate_id: string;
  user_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: string;
  attempts: number;
  last_error: string | null;
  held_back: boolean;
}

// Plain rows, not entities the unit of work would track: hydrating and diffing 500 entities per round
// and flushing them took most of the relay's CPU time. Marking and failures are explicit updates.
const outboxEventOf = (row: ClaimedRow): OutboxEvent => ({
  id: row.id,
  createdAt: new Date(row.created_at),
  position: Number(row.position),
  eventType: row.event_type,
  eventVersion: row.event_version,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  userId: row.user_id,
  payload: row.payload,
  occurredAt: new Date(row.occurred_at),
  publishedAt: null,
  attempts: row.attempts,
  lastError: row.last_error,
});

/**
 * Locks the oldest pending rows nobody else holds (`FOR UPDATE SKIP LOCKED`) and, in the same statement,
 * flags each one that an earlier pending event of its aggregate, not claimed here, must precede.
 *
 * Comparing with each claimed row, not only with an aggregate's first claimed row, matters: two relays
 * scanning at once claim interleaved rows (A locks e1, B skips it and locks e2, A skips e2 and locks e3),
 * so A holds e1 and e3 with e2 between them. A may publish e1 but not e3 until e2 is out.
 *
 * The check reads the statement's snapshot: a row another relay published since looks pending still,
 * which only holds a row back one round; a pending row never looks published.
 *
 * The statement also lets the round's commit return before it reaches the disk (`synchronous_commit`
 * off for this transaction only): should a crash lose that commit, the round is published again and
 * consumers drop the copies by message id, as after a relay dying before its commit. Set here rather than
 * by a statement of its own: one round trip fewer, and every relay statement names the outbox (tests that
 * count a request's statements leave those out).
 */
export async function claimRound(tx: EntityManager, limit: number): Promise<ClaimedRound> {
  const rows = await tx.execute<ClaimedRow[]>(
    `with claimed as (
       select * from "outbox" where "published_at" is null
       order by "occurred_at", "position" limit ? for update skip locked
     ),
     first_unclaimed as (
       select aggregate.aggregate_type, aggregate.aggregate_id, other.occurred_at, other.position
       from (select distinct aggregate_type, aggregate_id from claimed) aggregate
       cross join lateral (
         select o.occurred_at, o.position from "outbox" o
         where o.published_at is null
           and o.aggregate_type = aggregate.aggregate_type and o.aggregate_id = aggregate.aggregate_id
           and o.id not in (select id from claimed)
         order by o.occurred_at, o.position limit 1
       ) other
     )
     select claimed.id, to_json(claimed.created_at) #>> '{}' as created_at, claimed.position,
       claimed.event_type, claimed.event_version, claimed.aggregate_type, claimed.aggregate_id,
       claimed.user_id, claimed.payload, to_json(claimed.occurred_at) #>> '{}' as occurred_at,
       claimed.attempts, claimed.last_error, coalesce(
         (first.occurred_at, first.position) < (claimed.occurred_at, claimed.position), false
       ) as held_back
     from claimed left join first_unclaimed first using (aggregate_type, aggregate_id)
       cross join (select set_config('synchronous_commit', 'off', true)) asynchronous_commit
     order by claimed.occurred_at, claimed.position`,
    [limit],
  );
  const claimed: OutboxEvent[] = [];
  const ready: OutboxEvent[] = [];
  for (const row of rows) {
    const event = outboxEventOf(row);
    claimed.push(event);
    if (!row.held_back) ready.push(event);
  }
  return { claimed, ready };
}
