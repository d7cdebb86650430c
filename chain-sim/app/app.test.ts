import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { appFixture, FUNDED } from "../../test/utils/appFixture";
import type { App } from "./app";
import { moduleAddress } from "../types/address";
import { buildGenesis, DEVNET_CHAIN_ID } from "../node/devnet";
import { generateValidatorKey } from "../node/validatorKey";
import { TEST_GENESIS_TIME_MS } from "../../test/utils/testNode";
import { createApp } from "./createApp";

function balanceOf(app: App, address: string): bigint {
  const result = app.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: "uprint" }).finish());
  return BigInt(QueryBalanceResponse.decode(result.value).balance!.amount);
}

function sequenceOf(app: App, address: string): bigint {
  const result = app.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish());
  return BaseAccount.decode(QueryAccountResponse.decode(result.value).account!.value).sequence;
}

describe("App tx execution", () => {
  test("a message that fails in a block keeps the fee and the sequence bump, and nothing else", async () => {
    const { app, addresses, signSend, nextBlock } = await appFixture();
    const tx = await signSend(0, addresses[1], (FUNDED * 2n).toString(), 0);
    const execution = nextBlock([tx]);
    expect(execution.txResults[0]).toMatchObject({ code: 5, codespace: "sdk" });
    expect(execution.txResults[0].log).toMatch(/insufficient funds/);
    expect(balanceOf(app, addresses[0])).toBe(FUNDED - 5000n);
    expect(balanceOf(app, addresses[1])).toBe(FUNDED);
    expect(balanceOf(app, moduleAddress("fee_collector"))).toBe(5000n);
    expect(sequenceOf(app, addresses[0])).toBe(1n);
    // Only the ante's events survive a failed message: fee transfer and tx signature data, no message events.
    const types = execution.txResults[0].events.map((event) => event.type);
    expect(types).toContain("tx");
    expect(types.filter((type) => type === "transfer")).toHaveLength(1);
    expect(execution.txResults[0].events.some((event) => event.attributes.some((a) => a.key === "msg_index"))).toBe(false);
  });

  test("a failing ante changes nothing: the app hash equals an empty block's", async () => {
    const withTx = await appFixture();
    const empty = await appFixture();
    const badSequence = await withTx.signSend(0, withTx.addresses[1], "10", 7);
    const execution = withTx.nextBlock([badSequence]);
    expect(execution.txResults[0].code).toBe(32);
    expect(Buffer.from(execution.appHash)).toEqual(Buffer.from(empty.nextBlock([]).appHash));
  });

  test("out of gas in a message: code 11, fee kept", async () => {
    const { app, addresses, signSend, nextBlock } = await appFixture();
    const tx = await signSend(0, addresses[1], "10", 0, { gas: 14_000, fee: "350" });
    const result = nextBlock([tx]).txResults[0];
    expect(result.code).toBe(11);
    expect(result.gasUsed).toBeGreaterThan(result.gasWanted);
    expect(balanceOf(app, addresses[1])).toBe(FUNDED);
  });

  test("CheckTx runs on a branch: consecutive sequences from one sender are accepted before a block", async () => {
    const { app, addresses, signSend, nextBlock } = await appFixture();
    const txs = [await signSend(2, addresses[3], "1", 0), await signSend(2, addresses[3], "2", 1), await signSend(2, addresses[3], "3", 2)];
    expect(txs.map((tx) => app.checkTx(tx).code)).toEqual([0, 0, 0]);
    expect(app.checkTx(await signSend(2, addresses[3], "4", 1)).code).toBe(32);
    // Committed state is untouched until the block.
    expect(sequenceOf(app, addresses[2])).toBe(0n);
    expect(nextBlock(txs).txResults.map((result) => result.code)).toEqual([0, 0, 0]);
    expect(balanceOf(app, addresses[3])).toBe(FUNDED + 6n);
  });

  test("a tx CheckTx rejects for its message leaves no trace: the same sequence is accepted next", async () => {
    const { app, addresses, signSend } = await appFixture();
    // Sending more than the balance passes the ante handler (fee, sequence) and fails in the message.
    expect(app.checkTx(await signSend(1, addresses[2], (FUNDED * 2n).toString(), 0)).code).toBe(5);
    expect(app.checkTx(await signSend(1, addresses[2], "1", 0)).code).toBe(0);
  });

  test("unknown query paths and malformed query data get clear codes", async () => {
    const { app } = await appFixture();
    expect(app.query("/cosmos.nope.v1.Query/Nope", new Uint8Array())).toMatchObject({ code: 6, codespace: "sdk" });
    expect(app.query("/cosmos.bank.v1beta1.Query/Balance", new Uint8Array([0xff, 0xff, 0xff]))).toMatchObject({ code: 18 });
    expect(app.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: "print1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2l6p37" }).finish()).log).toMatch(/rpc error: code = NotFound/);
  });
});

describe("genesis export", () => {
  test("exporting the state and importing it as genesis reproduces the app hash", async () => {
    const { app, addresses, signSend, nextBlock } = await appFixture();
    const newcomer = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";
    expect(nextBlock([await signSend(0, newcomer, "1234", 0), await signSend(1, addresses[2], "99", 0)]).txResults.map((r) => r.code)).toEqual([0, 0]);
    const exported = JSON.parse(JSON.stringify(app.exportGenesisState())) as Record<string, unknown>;
    const genesis = buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: TEST_GENESIS_TIME_MS, validator: generateValidatorKey(), moniker: "import", balances: [] });
    const imported = createApp(DEVNET_CHAIN_ID);
    const importedHash = imported.initChain({ ...genesis, app_state: exported }, TEST_GENESIS_TIME_MS).appHash;
    expect(Buffer.from(importedHash).toString("hex")).toBe(Buffer.from(app.lastInfo.appHash).toString("hex"));
    expect(balanceOf(imported, newcomer)).toBe(1234n);
    expect(sequenceOf(imported, addresses[0])).toBe(1n);
  });

  test("a genesis with an unknown module, a duplicate account or a bad supply is refused", async () => {
    const genesis = buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: TEST_GENESIS_TIME_MS, validator: generateValidatorKey(), moniker: "bad", balances: [] });
    const address = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";
    const account = { "@type": "/cosmos.auth.v1beta1.BaseAccount", address, account_number: "0", sequence: "0" };
    expect(() => createApp(DEVNET_CHAIN_ID).initChain({ ...genesis, app_state: { nope: {} } }, 0)).toThrow(/unknown module "nope"/);
    expect(() => createApp(DEVNET_CHAIN_ID).initChain({ ...genesis, app_state: { auth: { accounts: [account, account] } } }, 0)).toThrow(/duplicate account/);
    const bank = { balances: [{ address, coins: [{ denom: "uprint", amount: "5" }] }], supply: [{ denom: "uprint", amount: "6" }] };
    expect(() => createApp(DEVNET_CHAIN_ID).initChain({ ...genesis, app_state: { bank } }, 0)).toThrow(/declared supply/);
  });
});
