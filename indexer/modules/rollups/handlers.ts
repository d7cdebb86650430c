/**
 * rollups: `printer_epoch_stats` (one row per printer active in an epoch) and
 * `network_epoch_stats` (one row per epoch), computed when the epoch ends — on each
 * printchain.emissions.v1.EventEpochEnd — with SQL inside the batch's transaction over what the
 * earlier modules have already written in it (jobs, proofs_of_print, job_confirmations, disputes,
 * printer_history, epochs, emission_rewards), plus the offer events (EventJobOffered,
 * EventJobOfferExpired, EventJobAccepted's time_to_accept_ms), which no module table holds, from
 * the ledger's `events`/`attributes` of the epoch's heights (events of failed txs left out).
 *
 * An epoch covers the heights (previous epoch's end_height, its end_height]: emissions settles in
 * EndBlock after the jobs module's EndBlock, so everything in the end block belongs to the epoch
 * ending there. The first epoch indexed starts at the first stored block when its predecessor is
 * not in `epochs`. Every filter is by height, never by a row's current state, so a rebuild (or a
 * module catching up behind the others) computes the same rows; rows are upserted on their key.
 *
 * Definitions follow the chain's PrinterStats counters: completed = COMPLETED, or RESOLVED with a
 * refund below 100 %; failed = FAILED, or RESOLVED with a full refund; on-time rate =
 * on-time completions / (completed + failed); first-attempt rate = first-attempt proofs / proofs;
 * proofs, grams, print seconds and errors count the proofs submitted in the epoch; quality counts
 * the customers' (not automatic) confirmations in it; points and rewards are the epoch's printer
 * rewards (emission_rewards with a printer_id).
 */
import { attrInt, type ModuleHandler } from "../handler";

interface State {
  readonly ends: Array<{ epoch: string; height: number }>;
}

const JOBS = "printchain.jobs.v1";
const OFFERED = `${JOBS}.EventJobOffered`;
const OFFER_EXPIRED = `${JOBS}.EventJobOfferExpired`;
const ACCEPTED = `${JOBS}.EventJobAccepted`;

/** The epochs of $1 with their height ranges. */
const EPOCH_RANGES = `
  ep AS (
    SELECT e.epoch, coalesce(p.end_height, (SELECT min(height) FROM blocks) - 1) + 1 AS start_height, e.end_height, e.end_time
    FROM epochs e LEFT JOIN epochs p ON p.epoch = e.epoch - 1
    WHERE e.epoch = ANY($1::bigint[])
  )`;

const PRINTER_STATS = `
  WITH ${EPOCH_RANGES},
  ev AS (
    SELECT ep.epoch, e.type,
           max(a.value) FILTER (WHERE a.key = 'printer_id') AS printer_id,
           (max(a.value) FILTER (WHERE a.key = 'time_to_accept_ms'))::bigint AS accept_ms
    FROM ep
    JOIN events e ON e.height BETWEEN ep.start_height AND ep.end_height
    LEFT JOIN txs t ON t.height = e.height AND t.index = e.tx_index
    JOIN attributes a ON a.height = e.height AND a.event_index = e.event_index AND a.key IN ('printer_id', 'time_to_accept_ms')
    WHERE e.type IN ('${OFFERED}', '${OFFER_EXPIRED}', '${ACCEPTED}') AND (e.tx_index IS NULL OR t.code = 0)
    GROUP BY ep.epoch, e.height, e.event_index, e.type
  ),
  offers AS (
    SELECT epoch, printer_id,
           count(*) FILTER (WHERE type = '${OFFERED}') AS offered,
           count(*) FILTER (WHERE type = '${OFFER_EXPIRED}') AS offers_expired,
           count(*) FILTER (WHERE type = '${ACCEPTED}') AS accepted,
           coalesce(sum(accept_ms) FILTER (WHERE type = '${ACCEPTED}'), 0) AS accept_ms_total,
           trunc(avg(accept_ms) FILTER (WHERE type = '${ACCEPTED}'), 3) AS accept_ms_avg,
           percentile_disc(0.95) WITHIN GROUP (ORDER BY accept_ms) FILTER (WHERE type = '${ACCEPTED}') AS accept_ms_p95
    FROM ev WHERE printer_id IS NOT NULL GROUP BY epoch, printer_id
  ),
  settled AS (
    SELECT ep.epoch, j.printer_id,
           count(*) FILTER (WHERE c.completed) AS completed,
           count(*) FILTER (WHERE c.completed AND NOT j.late) AS completed_on_time,
           count(*) FILTER (WHERE c.completed AND j.late) AS completed_late,
           count(*) FILTER (WHERE c.failed) AS failed
    FROM ep
    JOIN jobs j ON j.settled_height BETWEEN ep.start_height AND ep.end_height AND j.printer_id IS NOT NULL
    LEFT JOIN disputes d ON d.job_id = j.id
    CROSS JOIN LATERAL (SELECT j.status = 'JOB_STATUS_COMPLETED' OR (j.status = 'JOB_STATUS_RESOLVED' AND d.refund_bps < 10000) AS completed,
                               j.status = 'JOB_STATUS_FAILED' OR (j.status = 'JOB_STATUS_RESOLVED' AND d.refund_bps = 10000) AS failed) c
    GROUP BY ep.epoch, j.printer_id
  ),
  proofs AS (
    SELECT ep.epoch, p.printer_id, count(*) AS proofs, count(*) FILTER (WHERE p.first_attempt) AS first_attempt,
           sum(p.grams_used) AS grams_used, sum(p.estimated_grams) AS grams_estimated, sum(p.print_seconds) AS print_seconds,
           sum(p.error_count) AS errors, sum(p.units_completed) AS units_completed, sum(p.quantity) AS units_ordered
    FROM ep JOIN proofs_of_print p ON p.height BETWEEN ep.start_height AND ep.end_height
    GROUP BY ep.epoch, p.printer_id
  ),
  quality AS (
    SELECT ep.epoch, c.printer_id, count(*) AS quality_count, sum(c.quality_score) AS quality_sum
    FROM ep JOIN job_confirmations c ON c.height BETWEEN ep.start_height AND ep.end_height AND NOT c.automatic
    GROUP BY ep.epoch, c.printer_id
  ),
  disputed AS (
    SELECT ep.epoch, d.printer_id, count(*) AS disputed
    FROM ep JOIN disputes d ON d.height BETWEEN ep.start_height AND ep.end_height
    GROUP BY ep.epoch, d.printer_id
  ),
  rewarded AS (
    SELECT r.epoch, r.printer_id, sum(r.points) AS points, sum(r.amount) AS rewards
    FROM ep JOIN emission_rewards r ON r.epoch = ep.epoch AND r.printer_id IS NOT NULL
    GROUP BY r.epoch, r.printer_id
  ),
  keys AS (
    SELECT epoch, printer_id FROM offers UNION SELECT epoch, printer_id FROM settled UNION SELECT epoch, printer_id FROM proofs
    UNION SELECT epoch, printer_id FROM quality UNION SELECT epoch, printer_id FROM disputed UNION SELECT epoch, printer_id FROM rewarded
  )
  INSERT INTO printer_epoch_stats (
    printer_id, epoch, start_height, end_height, offered, offers_expired, accepted, completed, completed_on_time, completed_late, failed, disputed,
    accept_ms_total, accept_ms_avg, accept_ms_p95, on_time_rate, proofs, first_attempt, first_attempt_rate, grams_used, grams_estimated, print_seconds,
    errors, units_completed, units_ordered, quality_count, quality_sum, avg_quality, points, rewards)
  SELECT k.printer_id, k.epoch, ep.start_height, ep.end_height, coalesce(o.offered, 0), coalesce(o.offers_expired, 0), coalesce(o.accepted, 0),
         coalesce(s.completed, 0), coalesce(s.completed_on_time, 0), coalesce(s.completed_late, 0), coalesce(s.failed, 0), coalesce(d.disputed, 0),
         coalesce(o.accept_ms_total, 0), o.accept_ms_avg, o.accept_ms_p95,
         CASE WHEN coalesce(s.completed, 0) + coalesce(s.failed, 0) = 0 THEN NULL ELSE trunc(s.completed_on_time::numeric / (s.completed + s.failed), 4) END,
         coalesce(p.proofs, 0), coalesce(p.first_attempt, 0), CASE WHEN p.proofs IS NULL THEN NULL ELSE trunc(p.first_attempt::numeric / p.proofs, 4) END,
         coalesce(p.grams_used, 0), coalesce(p.grams_estimated, 0), coalesce(p.print_seconds, 0), coalesce(p.errors, 0), coalesce(p.units_completed, 0),
         coalesce(p.units_ordered, 0), coalesce(q.quality_count, 0), coalesce(q.quality_sum, 0),
         CASE WHEN q.quality_count IS NULL THEN NULL ELSE trunc(q.quality_sum::numeric / q.quality_count, 2) END,
         coalesce(r.points, 0), coalesce(r.rewards, 0)
  FROM keys k JOIN ep ON ep.epoch = k.epoch
  LEFT JOIN offers o ON o.epoch = k.epoch AND o.printer_id = k.printer_id
  LEFT JOIN settled s ON s.epoch = k.epoch AND s.printer_id = k.printer_id
  LEFT JOIN proofs p ON p.epoch = k.epoch AND p.printer_id = k.printer_id
  LEFT JOIN quality q ON q.epoch = k.epoch AND q.printer_id = k.printer_id
  LEFT JOIN disputed d ON d.epoch = k.epoch AND d.printer_id = k.printer_id
  LEFT JOIN rewarded r ON r.epoch = k.epoch AND r.printer_id = k.printer_id
  ON CONFLICT (printer_id, epoch) DO UPDATE SET
    start_height = EXCLUDED.start_height, end_height = EXCLUDED.end_height, offered = EXCLUDED.offered, offers_expired = EXCLUDED.offers_expired,
    accepted = EXCLUDED.accepted, completed = EXCLUDED.completed, completed_on_time = EXCLUDED.completed_on_time, completed_late = EXCLUDED.completed_late,
    failed = EXCLUDED.failed, disputed = EXCLUDED.disputed, accept_ms_total = EXCLUDED.accept_ms_total, accept_ms_avg = EXCLUDED.accept_ms_avg,
    accept_ms_p95 = EXCLUDED.accept_ms_p95, on_time_rate = EXCLUDED.on_time_rate, proofs = EXCLUDED.proofs, first_attempt = EXCLUDED.first_attempt,
    first_attempt_rate = EXCLUDED.first_attempt_rate, grams_used = EXCLUDED.grams_used, grams_estimated = EXCLUDED.grams_estimated,
    print_seconds = EXCLUDED.print_seconds, errors = EXCLUDED.errors, units_completed = EXCLUDED.units_completed, units_ordered = EXCLUDED.units_ordered,
    quality_count = EXCLUDED.quality_count, quality_sum = EXCLUDED.quality_sum, avg_quality = EXCLUDED.avg_quality, points = EXCLUDED.points, rewards = EXCLUDED.rewards
  RETURNING printer_id`;

/** Runs after PRINTER_STATS in the same transaction: the per-printer sums come from its rows. */
const NETWORK_STATS = `
  WITH ${EPOCH_RANGES},
  printer_sums AS (
    SELECT s.epoch, sum(s.offered) AS offers, sum(s.offers_expired) AS offers_expired, sum(s.accepted) AS accepted, sum(s.completed) AS completed,
           sum(s.failed) AS failed, count(*) FILTER (WHERE s.accepted + s.proofs + s.completed + s.failed > 0) AS working,
           sum(s.points) AS points, sum(s.rewards) AS rewards
    FROM ep JOIN printer_epoch_stats s ON s.epoch = ep.epoch GROUP BY s.epoch
  )
  INSERT INTO network_epoch_stats (
    epoch, start_height, end_height, end_time, jobs_created, jobs_accepted, jobs_completed, jobs_failed, jobs_expired, jobs_cancelled, jobs_disputed,
    offers, offers_expired, printers_active, printers_working, volume_paid, job_fees, customer_refunds, bond_slashed, minted, fees, total, paid,
    community_pool_added, printer_points, printer_rewards, weights, roles)
  SELECT ep.epoch, ep.start_height, ep.end_height, ep.end_time,
         (SELECT count(*) FROM jobs j WHERE j.created_height BETWEEN ep.start_height AND ep.end_height),
         coalesce(ps.accepted, 0), coalesce(ps.completed, 0), coalesce(ps.failed, 0),
         (SELECT count(*) FROM jobs j WHERE j.status = 'JOB_STATUS_EXPIRED' AND j.settled_height BETWEEN ep.start_height AND ep.end_height),
         (SELECT count(*) FROM jobs j WHERE j.status = 'JOB_STATUS_CANCELLED' AND j.settled_height BETWEEN ep.start_height AND ep.end_height),
         (SELECT count(*) FROM disputes d WHERE d.height BETWEEN ep.start_height AND ep.end_height),
         coalesce(ps.offers, 0), coalesce(ps.offers_expired, 0),
         (SELECT count(*) FROM printers p WHERE p.registered_height <= ep.end_height AND coalesce(
            (SELECT h.fields->>'to_status' FROM printer_history h
             WHERE h.printer_id = p.id AND h.event_type = 'EventPrinterStatusChanged' AND h.height <= ep.end_height
             ORDER BY h.height DESC, h.event_index DESC LIMIT 1), 'PRINTER_STATUS_ACTIVE') = 'PRINTER_STATUS_ACTIVE'),
         coalesce(ps.working, 0),
         settled.volume_paid, settled.job_fees, settled.customer_refunds, settled.bond_slashed,
         e.minted, e.fees, e.total, e.paid, e.community_pool_added, coalesce(ps.points, 0), coalesce(ps.rewards, 0), e.weights, e.roles
  FROM ep JOIN epochs e ON e.epoch = ep.epoch
  LEFT JOIN printer_sums ps ON ps.epoch = ep.epoch
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(j.printer_payout + j.fee), 0) AS volume_paid, coalesce(sum(j.fee), 0) AS job_fees,
           coalesce(sum(j.customer_refund), 0) AS customer_refunds, coalesce(sum(j.bond_slashed), 0) AS bond_slashed
    FROM jobs j WHERE j.settled_height BETWEEN ep.start_height AND ep.end_height
  ) settled
  ON CONFLICT (epoch) DO UPDATE SET
    start_height = EXCLUDED.start_height, end_height = EXCLUDED.end_height, end_time = EXCLUDED.end_time, jobs_created = EXCLUDED.jobs_created,
    jobs_accepted = EXCLUDED.jobs_accepted, jobs_completed = EXCLUDED.jobs_completed, jobs_failed = EXCLUDED.jobs_failed, jobs_expired = EXCLUDED.jobs_expired,
    jobs_cancelled = EXCLUDED.jobs_cancelled, jobs_disputed = EXCLUDED.jobs_disputed, offers = EXCLUDED.offers, offers_expired = EXCLUDED.offers_expired,
    printers_active = EXCLUDED.printers_active, printers_working = EXCLUDED.printers_working, volume_paid = EXCLUDED.volume_paid, job_fees = EXCLUDED.job_fees,
    customer_refunds = EXCLUDED.customer_refunds, bond_slashed = EXCLUDED.bond_slashed, minted = EXCLUDED.minted, fees = EXCLUDED.fees, total = EXCLUDED.total,
    paid = EXCLUDED.paid, community_pool_added = EXCLUDED.community_pool_added, printer_points = EXCLUDED.printer_points,
    printer_rewards = EXCLUDED.printer_rewards, weights = EXCLUDED.weights, roles = EXCLUDED.roles
  RETURNING epoch`;

export const rollupsHandler: ModuleHandler<State> = {
  name: "rollups",
  eventPackage: "printchain.emissions.v1",

  async begin() {
    return { ends: [] };
  },

  apply(state, event) {
    if (event.name === "EventEpochEnd") state.ends.push({ epoch: attrInt(event, "epoch"), height: event.height });
  },

  async flush(manager, state) {
    if (state.ends.length === 0) return 0;
    const epochs = state.ends.map((end) => end.epoch);
    // emissions (which runs before) must have written each epoch, ending at the event's height.
    const stored = (await manager.query(`SELECT epoch, end_height FROM epochs WHERE epoch = ANY($1::bigint[])`, [epochs])) as Array<{ epoch: string; end_height: string }>;
    const endOf = new Map(stored.map((row) => [String(row.epoch), Number(row.end_height)]));
    for (const end of state.ends) {
      if (endOf.get(end.epoch) !== end.height) throw new Error(`epoch ${end.epoch} ends at ${end.height} but the epochs table has ${endOf.get(end.epoch) ?? "no row"}`);
    }
    const printers = (await manager.query(PRINTER_STATS, [epochs])) as unknown[];
    const network = (await manager.query(NETWORK_STATS, [epochs])) as unknown[];
    return printers.length + network.length;
  },
};
