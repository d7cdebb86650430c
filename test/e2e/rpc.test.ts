import { coins, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client, connectComet } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEVNET_CHAIN_ID, DEVNET_SELF_BOND } from "../../chain-sim/node/devnet";
import { startTestNode, waitForHeight, type TestNode } from "../utils/testNode";
import { devnetWallet } from "../utils/wallets";

/** Every CometBFT method through CosmJS's own Comet38 client, so its decoders vouch for our encodings. */
describe("CometBFT 0.38 methods through @cosmjs/tendermint-rpc", () => {
  let testNode: TestNode;
  let comet: Comet38Client;
  let signer: SigningStargateClient;
  let sender: string;

  beforeAll(async () => {
    testNode = await startTestNode();
    comet = await Comet38Client.connect(testNode.url);
    const wallet = await devnetWallet(1);
    [{ address: sender }] = await wallet.getAccounts();
    signer = await SigningStargateClient.connectWithSigner(testNode.url, wallet, { gasPrice: GasPrice.fromString("0.025uprint"), broadcastPollIntervalMs: 100 });
  });

  afterAll(async () => {
    comet?.disconnect();
    signer?.disconnect();
    await testNode?.stop();
  });

  test("auto-detection picks the CometBFT 0.38 client", async () => {
    const detected = await connectComet(testNode.url);
    expect(detected).toBeInstanceOf(Comet38Client);
    detected.disconnect();
  });

  test("health, status, abci_info, genesis, validators, consensus data", async () => {
    await comet.health();
    const status = await comet.status();
    expect(status.nodeInfo.network).toBe(DEVNET_CHAIN_ID);
    const info = await comet.abciInfo();
    expect(info.lastBlockHeight).toBeGreaterThan(0);
    const genesis = await comet.genesis();
    expect(genesis.chainId).toBe(DEVNET_CHAIN_ID);
    const validators = await comet.validatorsAll();
    expect(validators.validators).toHaveLength(1);
    expect(validators.validators[0].votingPower).toBe(DEVNET_SELF_BOND / 1_000_000n);
    expect(Buffer.from(validators.validators[0].address).toString("hex").toUpperCase()).toBe(testNode.node.validator.address);
  });

  test("blocks: block, commit, blockchain, block_results", async () => {
    await waitForHeight(testNode.node, 3);
    const height = (await comet.status()).syncInfo.latestBlockHeight;
    const block = await comet.block(height);
    const commit = await comet.commit(height);
    expect(commit.commit.blockId.hash).toEqual(block.blockId.hash);
    expect(commit.commit.signatures[0].blockIdFlag).toBe(2);
    const chain = await comet.blockchain(Math.max(1, height - 4), height);
    expect(chain.blockMetas.map((meta) => meta.header.height)).toEqual(Array.from({ length: Math.min(5, height) }, (_, i) => height - i));
    // Every header links to its parent.
    const parent = await comet.block(height - 1);
    expect(block.block.header.lastBlockId?.hash).toEqual(parent.blockId.hash);
    const results = await comet.blockResults(height);
    expect(results.height).toBe(height);
  });

  test("broadcast_tx_commit, tx by hash, broadcast_tx_async and the mempool counts", async () => {
    const account = (await signer.getAccount(sender))!;
    const sign = async (sequence: number) =>
      TxRaw.encode(
        await signer.sign(sender, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: sender, toAddress: sender, amount: coins(1, "uprint") } }], { amount: coins(5000, "uprint"), gas: "200000" }, "", {
          accountNumber: account.accountNumber,
          sequence,
          chainId: DEVNET_CHAIN_ID,
        }),
      ).finish();
    const committed = await comet.broadcastTxCommit({ tx: await sign(account.sequence) });
    expect(committed.checkTx.code).toBe(0);
    expect(committed.txResult?.code).toBe(0);
    expect(committed.height).toBeGreaterThan(0);
    const found = await comet.tx({ hash: committed.hash });
    expect(found.height).toBe(committed.height);
    expect(found.result.events.some((event) => event.type === "transfer")).toBe(true);

    const async = await comet.broadcastTxAsync({ tx: await sign(account.sequence + 1) });
    await testNode.node.waitForTx(Buffer.from(async.hash).toString("hex"), 10_000);
    expect((await comet.numUnconfirmedTxs()).total).toBe(0);
    const duplicate = await comet.broadcastTxSync({ tx: await sign(account.sequence + 1) }).catch((error: Error) => error);
    expect(String(duplicate)).toMatch(/tx already exists in cache/);
  });

  test("the URI form works for curl users", async () => {
    const response = await fetch(`${testNode.url}/block?height=1`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { block: { header: { height: string } } } };
    expect(body.result.block.header.height).toBe("1");
    const header = (await (await fetch(`${testNode.url}/header?height=1`)).json()) as { result: { header: unknown } };
    expect(header.result.header).toEqual(body.result.block.header);
  });
});
