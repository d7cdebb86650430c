import { calculateFee, coins, GasPrice, QueryClient, setupBankExtension, SigningStargateClient, StargateClient, type BankExtension } from "@cosmjs/stargate";
import { connectComet, type CometClient } from "@cosmjs/tendermint-rpc";
import { Tx, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEVNET_ACCOUNT_BALANCE, DEVNET_CHAIN_ID, DEVNET_FUNDED_ACCOUNTS, DEVNET_SELF_BOND } from "../../chain-sim/node/devnet";
import { moduleAddress } from "../../chain-sim/types/address";
import { createPrintchainRegistry, MsgRegisterPrinterTypeUrl, printersCodecs, toBigInt, type MsgRegisterPrinterEncodeObject } from "../../proto";
import { startTestNode, type TestNode } from "../utils/testNode";
import { devnetWallet } from "../utils/wallets";

const DENOM = "uprint";
const gasPrice = GasPrice.fromString("0.025uprint");
const FEE_COLLECTOR = moduleAddress("fee_collector");
const UNKNOWN = "print1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2l6p37";
// The funded accounts plus the block producer's genesis self-bond (in the bonded pool).
const GENESIS_SUPPLY = DEVNET_ACCOUNT_BALANCE * BigInt(DEVNET_FUNDED_ACCOUNTS) + DEVNET_SELF_BOND;

describe("stock CosmJS clients against the node over HTTP", () => {
  let testNode: TestNode;
  let client: StargateClient;
  let signer: SigningStargateClient;
  let comet: CometClient;
  let bank: BankExtension;
  let addresses: string[];

  /** The fee a committed tx paid, read back from its own auth info. */
  async function feePaid(hash: string): Promise<bigint> {
    const indexed = await client.getTx(hash);
    if (!indexed) throw new Error(`tx ${hash} not found`);
    return BigInt(Tx.decode(indexed.tx).authInfo?.fee?.amount.find((coin) => coin.denom === DENOM)?.amount ?? "0");
  }

  async function balance(address: string): Promise<bigint> {
    return BigInt((await client.getBalance(address, DENOM)).amount);
  }

  async function expectSupplyUnchanged(): Promise<void> {
    expect((await bank.bank.supplyOf(DENOM)).amount).toBe(GENESIS_SUPPLY.toString());
  }

  beforeAll(async () => {
    testNode = await startTestNode();
    const wallet = await devnetWallet(4);
    addresses = (await wallet.getAccounts()).map((account) => account.address);
    client = await StargateClient.connect(testNode.url);
    signer = await SigningStargateClient.connectWithSigner(testNode.url, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
    comet = await connectComet(testNode.url);
    bank = QueryClient.withExtensions(comet, setupBankExtension);
  });

  afterAll(async () => {
    client?.disconnect();
    signer?.disconnect();
    comet?.disconnect();
    await testNode?.stop();
  });

  test("chain id, height and blocks", async () => {
    expect(addresses[0]).toBe("print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0");
    expect(await client.getChainId()).toBe(DEVNET_CHAIN_ID);
    const height = await client.getHeight();
    expect(height).toBeGreaterThan(0);
    const latest = await client.getBlock();
    expect(latest.header.height).toBeGreaterThanOrEqual(height);
    expect(latest.header.chainId).toBe(DEVNET_CHAIN_ID);
    expect(latest.id).toMatch(/^[0-9A-F]{64}$/);
    const first = await client.getBlock(1);
    expect(first.header.height).toBe(1);
    expect(first.header.time).toBe("2026-01-01T00:00:00.000000000Z");
    expect(first.txs).toEqual([]);
  });

  test("accounts: funded, unknown (null) and module accounts", async () => {
    const account = await client.getAccount(addresses[0]);
    expect(account).toMatchObject({ address: addresses[0], pubkey: null });
    expect(typeof account?.accountNumber).toBe("bigint");
    expect(await client.getAccount(UNKNOWN)).toBeNull();
    expect((await client.getAccount(FEE_COLLECTOR))?.address).toBe(FEE_COLLECTOR);
  });

  test("balances: funded, empty (a 0 coin) and all; supply", async () => {
    expect(await client.getBalance(addresses[1], DENOM)).toEqual({ denom: DENOM, amount: DEVNET_ACCOUNT_BALANCE.toString() });
    expect(await client.getBalance(UNKNOWN, DENOM)).toEqual({ denom: DENOM, amount: "0" });
    expect(await client.getAllBalances(addresses[2])).toEqual([{ denom: DENOM, amount: DEVNET_ACCOUNT_BALANCE.toString() }]);
    expect(await client.getAllBalances(UNKNOWN)).toEqual([]);
    await expectSupplyUnchanged();
  });

  test("simulate gives a plausible gas estimate", async () => {
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addresses[1], toAddress: addresses[3], amount: coins(1, DENOM) } };
    const gas = await signer.simulate(addresses[1], [msg], "estimate");
    expect(gas).toBeGreaterThan(20_000);
    expect(gas).toBeLessThan(300_000);
  });

  test("sendTokens with an automatic fee: balances, fee and supply are exact", async () => {
    const recipient = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";
    const senderBefore = await balance(addresses[0]);
    const collectorBefore = await balance(FEE_COLLECTOR);
    const result = await signer.sendTokens(addresses[0], recipient, coins(1_234_567, DENOM), "auto", "auto fee");
    expect(result.code).toBe(0);
    expect(result.gasUsed).toBeGreaterThan(0n);
    expect(result.gasUsed).toBeLessThanOrEqual(result.gasWanted);
    const fee = await feePaid(result.transactionHash);
    expect(fee).toBe(BigInt(calculateFee(Number(result.gasWanted), gasPrice).amount[0].amount));
    expect(await balance(recipient)).toBe(1_234_567n);
    expect(await balance(addresses[0])).toBe(senderBefore - 1_234_567n - fee);
    expect(await balance(FEE_COLLECTOR)).toBe(collectorBefore + fee);
    const account = await client.getAccount(addresses[0]);
    expect(account?.sequence).toBe(1);
    expect(account?.pubkey?.type).toBe("tendermint/PubKeySecp256k1");
    expect((await client.getAccount(recipient))?.sequence).toBe(0);
    await expectSupplyUnchanged();
  });

  test("sendTokens with an explicit fee", async () => {
    const fee = { amount: coins(6_000, DENOM), gas: "200000" };
    const before = [await balance(addresses[1]), await balance(addresses[2])];
    const result = await signer.sendTokens(addresses[1], addresses[2], coins(10_000, DENOM), fee, "explicit");
    expect(result.code).toBe(0);
    expect(result.gasWanted).toBe(200_000n);
    expect(await balance(addresses[1])).toBe(before[0] - 10_000n - 6_000n);
    expect(await balance(addresses[2])).toBe(before[1] + 10_000n);
    await expectSupplyUnchanged();
  });

  test("signAndBroadcast of several messages, then getTx and searchTx", async () => {
    const send = (to: string, amount: number) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addresses[3], toAddress: to, amount: coins(amount, DENOM) } });
    const before = [await balance(addresses[3]), await balance(addresses[0]), await balance(addresses[1])];
    const result = await signer.signAndBroadcast(addresses[3], [send(addresses[0], 111), send(addresses[1], 222)], "auto", "two sends");
    expect(result.code).toBe(0);
    expect(result.msgResponses.map((response) => response.typeUrl)).toEqual(["/cosmos.bank.v1beta1.MsgSendResponse", "/cosmos.bank.v1beta1.MsgSendResponse"]);
    const fee = await feePaid(result.transactionHash);
    expect(await balance(addresses[3])).toBe(before[0] - 333n - fee);
    expect(await balance(addresses[0])).toBe(before[1] + 111n);
    expect(await balance(addresses[1])).toBe(before[2] + 222n);

    const tx = await client.getTx(result.transactionHash);
    expect(tx).toMatchObject({ height: result.height, hash: result.transactionHash, code: 0 });
    expect(await client.getTx("00".repeat(32))).toBeNull();

    const byHeight = await client.searchTx([{ key: "tx.height", value: result.height }]);
    expect(byHeight.map((found) => found.hash)).toContain(result.transactionHash);
    const byRecipient = await client.searchTx([{ key: "transfer.recipient", value: addresses[1] }]);
    expect(byRecipient.map((found) => found.hash)).toContain(result.transactionHash);
    const bySenderAndAction = await client.searchTx(`message.sender='${addresses[3]}' AND message.action='/cosmos.bank.v1beta1.MsgSend'`);
    expect(bySenderAndAction.map((found) => found.hash)).toEqual([result.transactionHash]);
    const transfers = tx!.events.filter((event) => event.type === "transfer");
    // One transfer for the fee (ante) and one per message, with msg_index on message events.
    expect(transfers.length).toBe(3);
    expect(transfers[2].attributes).toEqual(expect.arrayContaining([{ key: "amount", value: "222uprint" }, { key: "msg_index", value: "1" }]));
    await expectSupplyUnchanged();
  });

  test("several txs from one account fit in one block (CheckTx on a branch)", async () => {
    // A node that commits only when told, so "one block" does not depend on timing.
    const manual = await startTestNode({}, { manualBlocks: true });
    const wallet = await devnetWallet(3);
    const manualClient = await StargateClient.connect(manual.url);
    const manualSigner = await SigningStargateClient.connectWithSigner(manual.url, wallet, { gasPrice });
    try {
      const account = await manualClient.getAccount(addresses[2]);
      const chainId = await manualClient.getChainId();
      const fee = { amount: coins(5_000, DENOM), gas: "150000" };
      const hashes = [];
      for (let i = 0; i < 3; i++) {
        const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addresses[2], toAddress: addresses[0], amount: coins(1 + i, DENOM) } };
        const signed = await manualSigner.sign(addresses[2], [msg], fee, "", { accountNumber: account!.accountNumber, sequence: account!.sequence + i, chainId });
        hashes.push(await manualClient.broadcastTxSync(TxRaw.encode(signed).finish()));
      }
      const comet = await connectComet(manual.url);
      expect((await comet.numUnconfirmedTxs()).total).toBe(3);
      comet.disconnect();
      const block = await manual.node.produceBlock();
      expect(block.block.data.txs).toHaveLength(3);
      expect(block.results.txs_results.map((result) => result.code)).toEqual([0, 0, 0]);
      expect((await Promise.all(hashes.map((hash) => manualClient.getTx(hash)))).map((tx) => tx?.height)).toEqual([2, 2, 2]);
      expect((await manualClient.getAccount(addresses[2]))?.sequence).toBe(account!.sequence + 3);
    } finally {
      manualClient.disconnect();
      manualSigner.disconnect();
      await manual.stop();
    }
  });

  test("our own printchain message, encoded through the project's generated types", async () => {
    const wallet = await devnetWallet(4);
    const printerClient = await SigningStargateClient.connectWithSigner(testNode.url, wallet, { registry: createPrintchainRegistry(), gasPrice, broadcastPollIntervalMs: 100 });
    const throughput = 2n ** 60n + 7n; // above 2^53: a bigint that a raw protobufjs encode would write as 0
    const msg: MsgRegisterPrinterEncodeObject = {
      typeUrl: MsgRegisterPrinterTypeUrl,
      value: {
        owner: addresses[1],
        printerId: "prusa-mk4-berlin-01",
        moniker: "Prusa MK4 in Kreuzberg",
        spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PETG", "PLA"], nozzleDiameterUm: 400, layerResolutionUm: 100, maxSpeedMmPerS: 200, throughputMm3PerHour: throughput },
        location: { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954, region: "DE" },
        bond: "1000000",
      },
    };
    const result = await printerClient.signAndBroadcast(addresses[1], [msg], "auto", "register");
    expect(result.code).toBe(0);
    expect(result.msgResponses[0].typeUrl).toBe("/printchain.printers.v1.MsgRegisterPrinterResponse");
    const event = result.events.find((candidate) => candidate.type === "printchain.printers.v1.EventPrinterRegistered");
    expect(event?.attributes).toEqual(
      expect.arrayContaining([
        { key: "printer_id", value: "prusa-mk4-berlin-01" },
        { key: "owner", value: addresses[1] },
        { key: "latitude_udeg", value: "52520008" },
        { key: "technology", value: "TECHNOLOGY_FDM" },
        { key: "bond", value: "1000000" },
      ]),
    );
    const found = await client.searchTx(`printchain.printers.v1.EventPrinterRegistered.owner='${addresses[1]}'`);
    expect(found.map((tx) => tx.hash)).toEqual([result.transactionHash]);

    const response = await comet.abciQuery({ path: "/printchain.printers.v1.Query/Printer", data: printersCodecs.QueryPrinterRequest.encode(printersCodecs.QueryPrinterRequest.fromPartial({ printerId: "prusa-mk4-berlin-01" })).finish() });
    expect(response.code).toBe(0);
    const printer = printersCodecs.QueryPrinterResponse.decode(response.value).printer!;
    expect(printer.owner).toBe(addresses[1]);
    expect(toBigInt(printer.spec!.throughputMm3PerHour)).toBe(throughput);
    expect(toBigInt(printer.registeredHeight)).toBe(BigInt(result.height));
    expect(printer.location).toMatchObject({ latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954, region: "DE" });

    // The same id again is refused (at CheckTx) with the printers codespace.
    await expect(printerClient.signAndBroadcast(addresses[1], [msg], "auto")).rejects.toThrow(/printer already exists/);
    printerClient.disconnect();
  });
});
