import type { EncodeObject } from "@cosmjs/proto-signing";
import { stakingCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { DEVNET_SELF_BOND } from "../../chain-sim/node/devnet";
import { ManualChain } from "../utils/manualChain";
import { expectTypedEventsMatchProto } from "../utils/typedEvents";

/**
 * Staking through the stock CosmJS clients: validators join, the bonded set (at most 2 here) follows
 * bonded tokens, the RPC's validator set follows two blocks later, and unbonding pays back exactly
 * at its completion height.
 */
const PRINT = 1_000_000n;
const UNBONDING = 5;
const [V0, V1, V2, DELEGATOR, OTHER] = [0, 1, 2, 3, 4];
const BONDED_POOL = moduleAddress("bonded_tokens_pool");
const NOT_BONDED_POOL = moduleAddress("not_bonded_tokens_pool");

let chain: ManualChain;
let addresses: readonly string[];
const valoper = (account: number): string => valoperFromAccount(addresses[account]);
const coin = (amount: bigint, denom = "uprint"): { denom: string; amount: string } => ({ denom, amount: amount.toString() });
const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });

function createValidator(account: number, amount: bigint, keyByte: number): EncodeObject {
  return msg(stakingCodecs.MsgCreateValidator, {
    description: { moniker: `validator-${account}` },
    commission: { rate: "0.05", maxRate: "0.2", maxChangeRate: "0.01" },
    minSelfDelegation: "1",
    validatorAddress: valoper(account),
    pubkey: new Uint8Array(32).fill(keyByte),
    value: coin(amount),
  });
}

const delegate = (from: number, validator: number, amount: bigint): EncodeObject =>
  msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[from], validatorAddress: valoper(validator), amount: coin(amount) });
const undelegate = (from: number, validator: number, amount: bigint): EncodeObject =>
  msg(stakingCodecs.MsgUndelegate, { delegatorAddress: addresses[from], validatorAddress: valoper(validator), amount: coin(amount) });
const redelegate = (from: number, source: number, destination: number, amount: bigint): EncodeObject =>
  msg(stakingCodecs.MsgBeginRedelegate, { delegatorAddress: addresses[from], validatorSrcAddress: valoper(source), validatorDstAddress: valoper(destination), amount: coin(amount) });

async function validator(account: number): Promise<printchain.staking.v1.Validator> {
  return (await chain.query("/printchain.staking.v1.Query/Validator", stakingCodecs.QueryValidatorRequest, { validatorAddr: valoper(account) }, stakingCodecs.QueryValidatorResponse))
    .validator as printchain.staking.v1.Validator;
}

/** Consensus powers of the RPC's validator set at a height, highest first. */
async function rpcPowers(height: number): Promise<bigint[]> {
  return (await chain.comet.validators({ height })).validators.map((v) => v.votingPower);
}

/** The pools always hold exactly the tokens of their validators and unbonding entries. */
async function expectPoolsMatch(): Promise<void> {
  const { pool } = await chain.query("/printchain.staking.v1.Query/Pool", stakingCodecs.QueryPoolRequest, {}, stakingCodecs.QueryPoolResponse);
  expect(await chain.balance(BONDED_POOL)).toBe(BigInt(pool!.bondedTokens!));
  expect(await chain.balance(NOT_BONDED_POOL)).toBe(BigInt(pool!.notBondedTokens!));
}

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.staking.params, { unbondingBlocks: String(UNBONDING), maxValidators: 2 });
}

beforeAll(async () => {
  chain = await ManualChain.start(patchGenesis);
  addresses = chain.addresses;
}, 60_000);

afterAll(async () => {
  await chain.stop();
});

describe("staking through stock CosmJS", () => {
  test("a new validator is bonded at the end of its block and joins the RPC's set two blocks later", async () => {
    const tx = await chain.submitOk(V1, createValidator(V1, 4_000n * PRINT, 1));
    expect(await validator(V1)).toMatchObject({ status: 3, tokens: (4_000n * PRINT).toString(), delegatorShares: "4000000000.000000000000000000" });
    await chain.produce();
    expect(await rpcPowers(tx.height + 1)).toEqual([DEVNET_SELF_BOND / PRINT]);
    await chain.produce();
    expect(await rpcPowers(tx.height + 2)).toEqual([DEVNET_SELF_BOND / PRINT, 4_000n]);
    const headers = await Promise.all([tx.height + 1, tx.height + 2].map(async (height) => (await chain.client.getBlock(height)).header));
    expect(headers[0]).not.toEqual(headers[1]);
    await expectPoolsMatch();
  });

  test("beyond max_validators the smallest is not bonded; it enters when its stake grows and the one it displaces unbonds", async () => {
    await chain.submitOk(V2, createValidator(V2, 1_000n * PRINT, 2));
    expect((await validator(V2)).status).toBe(1); // UNBONDED: V0 and V1 fill the set of 2
    const tx = await chain.submitOk(DELEGATOR, delegate(DELEGATOR, V2, 5_000n * PRINT));
    expect((await validator(V2)).status).toBe(3);
    const displaced = await validator(V1);
    expect(displaced).toMatchObject({ status: 2, unbondingHeight: expect.anything() });
    expect(toBigInt(displaced.unbondingCompletionHeight)).toBe(BigInt(tx.height + UNBONDING));
    await expectPoolsMatch();
    while (chain.node.node.height < tx.height + UNBONDING) await chain.produce();
    expect((await validator(V1)).status).toBe(1);
    expect(await rpcPowers(tx.height + 2)).toEqual([DEVNET_SELF_BOND / PRINT, 6_000n]);
    await expectPoolsMatch();
  });

  test("undelegated tokens return exactly at the completion height", async () => {
    const tx = await chain.submitOk(DELEGATOR, undelegate(DELEGATOR, V2, 500n * PRINT));
    const { completionHeight } = stakingCodecs.MsgUndelegateResponse.decode(tx.msgResponses[0].value);
    expect(toBigInt(completionHeight)).toBe(BigInt(tx.height + UNBONDING));
    const before = await chain.balance(addresses[DELEGATOR]);
    while (chain.node.node.height < tx.height + UNBONDING - 1) await chain.produce();
    expect(await chain.balance(addresses[DELEGATOR])).toBe(before);
    await chain.produce();
    expect(await chain.balance(addresses[DELEGATOR])).toBe(before + 500n * PRINT);
    await expectPoolsMatch();
  });

  test("redelegation moves stake at once and refuses a transitive hop", async () => {
    await chain.submitOk(DELEGATOR, redelegate(DELEGATOR, V2, V0, 1_000n * PRINT));
    const { delegationResponse } = await chain.query(
      "/printchain.staking.v1.Query/Delegation",
      stakingCodecs.QueryDelegationRequest,
      { delegatorAddr: addresses[DELEGATOR], validatorAddr: valoper(V0) },
      stakingCodecs.QueryDelegationResponse,
    );
    expect(delegationResponse!.balance).toBe((1_000n * PRINT).toString());
    const transitive = await chain.rejected(DELEGATOR, redelegate(DELEGATOR, V0, V1, 100n * PRINT));
    expect(transitive.codespace).toBe("staking");
    expect(transitive.log).toMatch(/transitive/);
    await expectPoolsMatch();
  });

  test.each([
    ["a denom that is not the bond denom", () => msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[OTHER], validatorAddress: valoper(V0), amount: coin(5n, "ufoo") })],
    ["a zero amount", () => delegate(OTHER, V0, 0n)],
    ["an amount above 2^256", () => msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[OTHER], validatorAddress: valoper(V0), amount: { denom: "uprint", amount: "9".repeat(80) } })],
    ["an unknown validator", () => delegate(OTHER, 9, 5n)],
    ["a malformed validator address", () => msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[OTHER], validatorAddress: addresses[V0], amount: coin(5n) })],
    ["more than delegated", () => undelegate(OTHER, V0, 1n)],
    ["a redelegation to the same validator", () => redelegate(OTHER, V0, V0, 1n)],
    ["a consensus key already in use", () => createValidator(OTHER, PRINT, 1)],
    ["a commission above its maximum", () => msg(stakingCodecs.MsgCreateValidator, { ...(createValidator(OTHER, PRINT, 8).value as object), commission: { rate: "0.3", maxRate: "0.2", maxChangeRate: "0.01" } })],
  ])("%s is refused and changes nothing", async (_name, build) => {
    const before = await chain.balance(addresses[OTHER]);
    const { code } = await chain.rejected(OTHER, build());
    expect(code).toBeGreaterThan(0);
    await chain.produce();
    expect(await chain.balance(addresses[OTHER])).toBe(before);
    await expectPoolsMatch();
  });

  test("a second validator for the same operator is refused and changes nothing", async () => {
    const before = await validator(V1);
    const duplicate = await chain.rejected(V1, createValidator(V1, PRINT, 9));
    expect(duplicate).toMatchObject({ codespace: "staking", code: 3 });
    await chain.produce();
    expect(await validator(V1)).toEqual(before);
    await expectPoolsMatch();
  });

  test("staking events carry every field as plain strings", () => {
    const types = expectTypedEventsMatchProto(chain.emitted);
    for (const name of ["EventCreateValidator", "EventDelegate", "EventUnbond", "EventRedelegate", "EventCompleteUnbonding", "EventValidatorStatus"]) expect(types).toContain(`printchain.staking.v1.${name}`);
  });
});
