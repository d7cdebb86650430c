import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { emissionsCodecs, govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs } from "../../proto";

type Job = printchain.jobs.v1.Job;
type Printer = printchain.printers.v1.Printer;
type Proposal = printchain.gov.v1.Proposal;
type Validator = printchain.staking.v1.Validator;

/** What the view needs from a node or an app: ABCI queries on the committed state. */
export interface Queryable {
  query(path: string, data: Uint8Array): { code: number; codespace: string; log: string; value: Uint8Array };
}

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromPartial?(object: unknown): T;
}

export class QueryError extends Error {}

/**
 * The committed chain state as the simulation sees it: every read is an ABCI query through the
 * app's query routes, cached until the next block (so the model never keeps a shadow copy that could drift).
 */
export class StateView {
  private cache = new Map<string, unknown>();

  constructor(private readonly source: Queryable) {}

  /** Forget everything: call after each committed block. */
  invalidate(): void {
    this.cache.clear();
  }

  query<Req, Res>(path: string, request: Codec<Req>, response: Codec<Res>, value: unknown): Res {
    const req = request.fromPartial ? request.fromPartial(value) : (value as Req);
    const result = this.source.query(path, request.encode(req).finish());
    if (result.code !== 0) throw new QueryError(`${path}: ${result.codespace} ${result.code} ${result.log}`);
    return response.decode(result.value);
  }

  private cached<T>(key: string, load: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = load();
    this.cache.set(key, value);
    return value;
  }

  private paginate<T>(load: (key: Uint8Array) => { items: T[]; nextKey: Uint8Array | null | undefined }): T[] {
    const all: T[] = [];
    let key: Uint8Array = new Uint8Array();
    for (;;) {
      const page = load(key);
      all.push(...page.items);
      if (!page.nextKey || page.nextKey.length === 0) return all;
      key = page.nextKey;
    }
  }

  account(address: string): { accountNumber: number; sequence: number } | undefined {
    const result = this.source.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish());
    if (result.code !== 0) return undefined;
    const any = QueryAccountResponse.decode(result.value).account;
    if (!any || any.typeUrl !== "/cosmos.auth.v1beta1.BaseAccount") return undefined;
    const account = BaseAccount.decode(any.value);
    return { accountNumber: Number(account.accountNumber), sequence: Number(account.sequence) };
  }

  balance(address: string, denom = "uprint"): bigint {
    return this.cached(`balance/${address}/${denom}`, () => {
      const result = this.source.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish());
      if (result.code !== 0) throw new QueryError(`balance ${address}: ${result.log}`);
      return BigInt(QueryBalanceResponse.decode(result.value).balance?.amount ?? "0");
    });
  }

  printers(): Printer[] {
    return this.cached("printers", () =>
      this.paginate((key) => {
        const res = this.query("/printchain.printers.v1.Query/Printers", printersCodecs.QueryPrintersRequest, printersCodecs.QueryPrintersResponse, { pagination: { key, limit: 1000 } });
        return { items: res.printers as Printer[], nextKey: res.pagination?.nextKey };
      }),
    );
  }

  printer(id: string): Printer | undefined {
    return this.printers().find((printer) => printer.id === id);
  }

  attestations(printerId: string): printchain.printers.v1.IAttestation[] {
    return this.cached(`attestations/${printerId}`, () => this.query("/printchain.printers.v1.Query/Attestations", printersCodecs.QueryAttestationsRequest, printersCodecs.QueryAttestationsResponse, { printerId }).attestations);
  }

  jobs(status: printchain.jobs.v1.JobStatus): Job[] {
    return this.cached(`jobs/${status}`, () =>
      this.paginate((key) => {
        const res = this.query("/printchain.jobs.v1.Query/Jobs", jobsCodecs.QueryJobsRequest, jobsCodecs.QueryJobsResponse, { status, pagination: { key, limit: 1000 } });
        return { items: res.jobs as Job[], nextKey: res.pagination?.nextKey };
      }),
    );
  }

  job(jobId: number): Job | undefined {
    try {
      return this.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, jobsCodecs.QueryJobResponse, { jobId }).job as Job | undefined;
    } catch (error) {
      if (error instanceof QueryError) return undefined;
      throw error;
    }
  }

  jobsParams(): printchain.jobs.v1.Params {
    return this.cached("jobs/params", () => this.query("/printchain.jobs.v1.Query/Params", jobsCodecs.QueryParamsRequest, jobsCodecs.QueryParamsResponse, {}).params as printchain.jobs.v1.Params);
  }

  printersParams(): printchain.printers.v1.Params {
    return this.cached("printers/params", () => this.query("/printchain.printers.v1.Query/Params", printersCodecs.QueryParamsRequest, printersCodecs.QueryParamsResponse, {}).params as printchain.printers.v1.Params);
  }

  emissionsParams(): printchain.emissions.v1.Params {
    return this.cached("emissions/params", () => this.query("/printchain.emissions.v1.Query/Params", emissionsCodecs.QueryParamsRequest, emissionsCodecs.QueryParamsResponse, {}).params as printchain.emissions.v1.Params);
  }

  stakingParams(): printchain.staking.v1.Params {
    return this.cached("staking/params", () => this.query("/printchain.staking.v1.Query/Params", stakingCodecs.QueryParamsRequest, stakingCodecs.QueryParamsResponse, {}).params as printchain.staking.v1.Params);
  }

  govParams(): printchain.gov.v1.Params {
    return this.cached("gov/params", () => this.query("/printchain.gov.v1.Query/Params", govCodecs.QueryParamsRequest, govCodecs.QueryParamsResponse, {}).params as printchain.gov.v1.Params);
  }

  proposals(status: printchain.gov.v1.ProposalStatus): Proposal[] {
    return this.cached(`proposals/${status}`, () =>
      this.paginate((key) => {
        const res = this.query("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, govCodecs.QueryProposalsResponse, { proposalStatus: status, pagination: { key, limit: 1000 } });
        return { items: res.proposals as Proposal[], nextKey: res.pagination?.nextKey };
      }),
    );
  }

  validators(): Validator[] {
    return this.cached("validators", () =>
      this.paginate((key) => {
        const res = this.query("/printchain.staking.v1.Query/Validators", stakingCodecs.QueryValidatorsRequest, stakingCodecs.QueryValidatorsResponse, { pagination: { key, limit: 1000 } });
        return { items: res.validators as Validator[], nextKey: res.pagination?.nextKey };
      }),
    );
  }

  delegations(delegator: string): Array<{ validator: string; shares: string; balance: bigint }> {
    return this.cached(`delegations/${delegator}`, () =>
      this.paginate((key) => {
        const res = this.query("/printchain.staking.v1.Query/DelegatorDelegations", stakingCodecs.QueryDelegatorDelegationsRequest, stakingCodecs.QueryDelegatorDelegationsResponse, { delegatorAddr: delegator, pagination: { key, limit: 1000 } });
        return {
          items: res.delegationResponses.map((response) => ({ validator: response.delegation?.validatorAddress ?? "", shares: response.delegation?.shares ?? "0", balance: BigInt(response.balance || "0") })),
          nextKey: res.pagination?.nextKey,
        };
      }),
    );
  }

  redelegations(delegator: string): printchain.staking.v1.IRedelegation[] {
    return this.cached(`redelegations/${delegator}`, () =>
      this.query("/printchain.staking.v1.Query/Redelegations", stakingCodecs.QueryRedelegationsRequest, stakingCodecs.QueryRedelegationsResponse, { delegatorAddr: delegator, pagination: { limit: 1000 } }).redelegations,
    );
  }

  unbondings(delegator: string): printchain.staking.v1.IUnbondingDelegation[] {
    return this.cached(`unbondings/${delegator}`, () =>
      this.query("/printchain.staking.v1.Query/DelegatorUnbondingDelegations", stakingCodecs.QueryDelegatorUnbondingDelegationsRequest, stakingCodecs.QueryDelegatorUnbondingDelegationsResponse, { delegatorAddr: delegator, pagination: { limit: 1000 } }).unbondingResponses,
    );
  }
}
