/**
 * jobs: `jobs` (current state and the heights/times of each step), `proofs_of_print`,
 * `job_confirmations` and `disputes`, from the typed events of printchain.jobs.v1. The design and
 * evidence URIs are not in the events; they come from the messages of the same tx.
 */
import { attr, attrBool, attrInt, attrList, bulkInsert, bulkUpsert, msToDate, valuesOf, type ModuleEvent, type ModuleHandler } from "../handler";
import { CONFIRMATION_COLUMNS, DISPUTE_COLUMNS, JOB_COLUMNS, PROOF_COLUMNS, type DisputeRow, type JobRow } from "./entities";

interface State {
  readonly jobs: Map<string, JobRow>;
  readonly changed: Set<string>;
  readonly disputes: Map<string, DisputeRow>;
  readonly changedDisputes: Set<string>;
  readonly proofs: Array<Record<string, unknown>>;
  readonly confirmations: Array<Record<string, unknown>>;
}

const TRACKED = new Set(["EventJobCreated", "EventJobAccepted", "EventProofOfPrint", "EventJobConfirmed", "EventJobDisputed", "EventDisputeResolved", "EventJobSettled"]);

function messageField(event: ModuleEvent, field: string): string | null {
  const value = (event.message?.value as Record<string, unknown> | undefined)?.[field];
  return typeof value === "string" ? value : null;
}

export const jobsHandler: ModuleHandler<State> = {
  name: "jobs",
  eventPackage: "printchain.jobs.v1",

  async begin(manager, events) {
    const ids = [...new Set(events.filter((event) => TRACKED.has(event.name)).map((event) => attrInt(event, "job_id")))];
    const [jobs, disputes] = ids.length === 0
      ? [[], []]
      : [
          (await manager.query(`SELECT * FROM jobs WHERE id = ANY($1::bigint[])`, [ids])) as JobRow[],
          (await manager.query(`SELECT * FROM disputes WHERE job_id = ANY($1::bigint[])`, [ids])) as DisputeRow[],
        ];
    return {
      jobs: new Map(jobs.map((row) => [String(row.id), row])),
      changed: new Set(),
      disputes: new Map(disputes.map((row) => [String(row.job_id), row])),
      changedDisputes: new Set(),
      proofs: [],
      confirmations: [],
    };
  },

  apply(state, event) {
    if (!TRACKED.has(event.name)) return;
    const id = attrInt(event, "job_id");
    const height = String(event.height);
    if (event.name === "EventJobCreated") {
      if (state.jobs.has(id)) throw new Error(`job ${id} is created twice`);
      state.jobs.set(id, {
        id, customer: attr(event, "customer"), printer_id: null, printer_owner: null, status: "JOB_STATUS_OPEN",
        price: attrInt(event, "price"), denom: attr(event, "denom"), material: attr(event, "material"), technology: attr(event, "technology"),
        quantity: Number(attrInt(event, "quantity")), estimated_grams: attrInt(event, "estimated_grams"), design_hash: attr(event, "design_hash"),
        design_uri: messageField(event, "designUri"), latitude_udeg: Number(attrInt(event, "latitude_udeg")), longitude_udeg: Number(attrInt(event, "longitude_udeg")),
        max_distance_km: Number(attrInt(event, "max_distance_km")), due_time: msToDate(attrInt(event, "deadline_ms")),
        created_height: height, created_time: event.time, accepted_height: null, accepted_time: null, proof_height: null, proof_time: null,
        confirmed_height: null, confirmed_time: null, settled_height: null, settled_time: null, settle_reason: null, printer_payout: null, fee: null,
        customer_refund: null, bond_slashed: null, quality_score: null, late: null,
      });
      state.changed.add(id);
      return;
    }
    const job = state.jobs.get(id);
    if (!job) throw new Error(`job ${id} was never created`);
    state.changed.add(id);
    switch (event.name) {
      case "EventJobAccepted":
        Object.assign(job, { status: "JOB_STATUS_ACCEPTED", printer_id: attr(event, "printer_id"), printer_owner: attr(event, "owner"), accepted_height: height, accepted_time: msToDate(attrInt(event, "accepted_at_ms")) });
        break;
      case "EventProofOfPrint": {
        const late = attrBool(event, "late");
        Object.assign(job, { status: "JOB_STATUS_PROOF_SUBMITTED", proof_height: height, proof_time: msToDate(attrInt(event, "submitted_at_ms")), late });
        state.proofs.push({
          job_id: id, height, tx_index: event.txIndex, printer_id: attr(event, "printer_id"), operator: attr(event, "owner"), evidence_hash: attr(event, "evidence_hash"),
          evidence_uri: messageField(event, "evidenceUri"), print_seconds: attrInt(event, "print_seconds"), grams_used: attrInt(event, "grams_used"),
          estimated_grams: attrInt(event, "estimated_grams"), error_count: Number(attrInt(event, "error_count")), error_kinds: attrList(event, "error_kinds"),
          first_attempt: attrBool(event, "first_attempt"), units_completed: Number(attrInt(event, "units_completed")), quantity: Number(attrInt(event, "quantity")),
          late, submitted_time: msToDate(attrInt(event, "submitted_at_ms")),
        });
        break;
      }
      case "EventJobConfirmed": {
        const automatic = attrBool(event, "automatic");
        const quality = Number(attrInt(event, "quality_score"));
        Object.assign(job, { confirmed_height: height, confirmed_time: event.time, quality_score: automatic ? null : quality });
        state.confirmations.push({
          job_id: id, height, tx_index: event.txIndex, printer_id: attr(event, "printer_id"), customer: attr(event, "customer"), quality_score: quality,
          defects: attrList(event, "defects"), automatic, confirmed_time: event.time,
        });
        break;
      }
      case "EventJobDisputed":
        if (state.disputes.has(id)) throw new Error(`job ${id} is disputed twice`);
        job.status = "JOB_STATUS_DISPUTED";
        state.disputes.set(id, {
          job_id: id, height, printer_id: attr(event, "printer_id"), customer: attr(event, "customer"), reason: attr(event, "reason"), opened_time: event.time,
          resolve_by: msToDate(attrInt(event, "resolve_by_ms")), resolved_height: null, arbiter: null, refund_bps: null, resolved_time: null,
        });
        state.changedDisputes.add(id);
        break;
      case "EventDisputeResolved": {
        const dispute = state.disputes.get(id);
        if (!dispute) throw new Error(`job ${id} resolves a dispute that was never opened`);
        Object.assign(dispute, { resolved_height: height, arbiter: attr(event, "arbiter"), refund_bps: Number(attrInt(event, "refund_bps")), resolved_time: event.time });
        state.changedDisputes.add(id);
        break;
      }
      case "EventJobSettled":
        Object.assign(job, {
          status: attr(event, "status"), settled_height: height, settled_time: msToDate(attrInt(event, "settled_at_ms")), settle_reason: attr(event, "reason"),
          printer_payout: attrInt(event, "printer_payout"), fee: attrInt(event, "fee"), customer_refund: attrInt(event, "customer_refund"), bond_slashed: attrInt(event, "bond_slashed"),
          late: job.proof_height === null ? null : attrBool(event, "late"),
        });
        break;
      default:
        break;
    }
  },

  async flush(manager, state) {
    const jobs = [...state.changed].map((id) => state.jobs.get(id)!) as unknown as Array<Record<string, unknown>>;
    const disputes = [...state.changedDisputes].map((id) => state.disputes.get(id)!) as unknown as Array<Record<string, unknown>>;
    return (
      (await bulkUpsert(manager, "jobs", ["id"], JOB_COLUMNS, valuesOf(JOB_COLUMNS, jobs))) +
      (await bulkInsert(manager, "proofs_of_print", PROOF_COLUMNS, valuesOf(PROOF_COLUMNS, state.proofs))) +
      (await bulkInsert(manager, "job_confirmations", CONFIRMATION_COLUMNS, valuesOf(CONFIRMATION_COLUMNS, state.confirmations))) +
      (await bulkUpsert(manager, "disputes", ["job_id"], DISPUTE_COLUMNS, valuesOf(DISPUTE_COLUMNS, disputes)))
    );
  },
};
