import { coins, GasPrice, SigningStargateClient, StargateClient, BroadcastTxError } from "@cosmjs/stargate";
import { connectComet, type CometClient } from "@cosmjs/tendermint-rpc";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEVNET_CHAIN_ID } from "../../chain-sim/node/devnet";
import { rawRpc, startTestNode, waitForHeight, type TestNode } from "../utils/testNode";
import { signRawTx, toHighS, type RawTxOptions } from "../utils/signing";
import { devnetWallet } from "../utils/wallets";

const DENOM = "uprint";

describe("bad input gets a clear error and changes nothing", () => {
  let testNode: TestNode;
  let client: StargateClient;
  let comet: CometClient;
  let wallet: DirectSecp256k1HdWallet;
  let signer: SigningStargateClient;
  let sender: string;
  let recipient: string;

  beforeAll(async () => {
    testNode = await startTestNode();
    wallet = await devnetWallet(2);
    [sender, recipient] = (await wallet.getAccounts()).map((account) => account.address);
    client = await StargateClient.connect(testNode.url);
    comet = await connectComet(testNode.url);
    signer = await SigningStargateClient.connectWithSigner(testNode.url, wallet, { gasPrice: GasPrice.fromString("0.025uprint"), broadcastPollIntervalMs: 100 });
    // One good tx first, so the sender has a stored pubkey and a non-zero sequence.
    expect((await signer.sendTokens(sender, recipient, coins(1, DENOM), "auto")).code).toBe(0);
  });

  afterAll(async () => {
    client?.disconnect();
    comet?.disconnect();
    signer?.disconnect();
    await testNode?.stop();
  });

  async function options(overrides: Partial<RawTxOptions> = {}): Promise<RawTxOptions> {
    const account = await client.getAccount(sender);
    return { accountNumber: Number(account!.accountNumber), sequence: account!.sequence, chainId: DEVNET_CHAIN_ID, ...overrides };
  }

  function send(amount: string, from = sender, to = recipient) {
    return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom: DENOM, amount }] }).finish() };
  }

  /**
   * Runs `attempt`, then lets two more blocks pass: the mempool must be empty and the app hash,
   * balances and sequence must be exactly what they were (empty blocks change no state).
   */
  async function expectNothingChanges(attempt: () => Promise<void>): Promise<void> {
    const before = { info: await comet.abciInfo(), balance: await client.getBalance(sender, DENOM), sequence: (await client.getAccount(sender))!.sequence };
    await attempt();
    await waitForHeight(testNode.node, (before.info.lastBlockHeight ?? 0) + 2);
    const after = await comet.abciInfo();
    expect((await comet.numUnconfirmedTxs()).total).toBe(0);
    expect(Buffer.from(after.lastBlockAppHash!).toString("hex")).toBe(Buffer.from(before.info.lastBlockAppHash!).toString("hex"));
    expect(await client.getBalance(sender, DENOM)).toEqual(before.balance);
    expect((await client.getAccount(sender))!.sequence).toBe(before.sequence);
  }

  async function expectRejected(txBytes: Uint8Array, code: number, log: RegExp): Promise<void> {
    await expectNothingChanges(async () => {
      const error = await client.broadcastTxSync(txBytes).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BroadcastTxError);
      expect((error as BroadcastTxError).code).toBe(code);
      expect((error as BroadcastTxError).log).toMatch(log);
    });
  }

  const encode = (tx: TxRaw): Uint8Array => TxRaw.encode(tx).finish();

  test("wrong chain id: code 4", async () => {
    const tx = await signRawTx(wallet, sender, [send("5")], await options({ chainId: "some-other-chain" }));
    await expectRejected(encode(tx), 4, /signature verification failed; please verify account number \(\d+\) and chain-id \(printchain-devnet-1\)/);
  });

  test("bad signature and high-S signature: code 4", async () => {
    const tx = await signRawTx(wallet, sender, [send("5")], await options());
    const flipped = Uint8Array.from(tx.signatures[0]);
    flipped[10] ^= 0x01;
    await expectRejected(encode({ ...tx, signatures: [flipped] }), 4, /signature verification failed/);
    await expectRejected(encode({ ...tx, signatures: [toHighS(tx.signatures[0])] }), 4, /signature verification failed/);
    await expectRejected(encode({ ...tx, signatures: [tx.signatures[0].slice(0, 63)] }), 4, /signature verification failed/);
  });

  test("wrong sequence: code 32", async () => {
    const base = await options();
    const tx = await signRawTx(wallet, sender, [send("5")], { ...base, sequence: base.sequence + 1 });
    await expectRejected(encode(tx), 32, new RegExp(`account sequence mismatch, expected ${base.sequence}, got ${base.sequence + 1}`));
  });

  test("insufficient funds: code 5, rejected at CheckTx", async () => {
    const tx = await signRawTx(wallet, sender, [send("999999999999999999")], await options());
    await expectRejected(encode(tx), 5, /insufficient funds/);
  });

  test("malformed TxRaw bytes: code 2", async () => {
    await expectRejected(new TextEncoder().encode("definitely not protobuf"), 2, /tx parse error/);
    const tx = await signRawTx(wallet, sender, [send("5")], await options());
    // Trailing bytes that decode as an unknown field: rejected, so a tx has exactly one encoding (ADR-027).
    await expectRejected(Uint8Array.from([...encode(tx), 0x22, 0x00]), 2, /ADR-027|unknown fields/);
  });

  test("unknown type URL: code 2", async () => {
    const tx = await signRawTx(wallet, sender, [{ typeUrl: "/printchain.nothing.v1.MsgNothing", value: new Uint8Array([8, 1]) }], await options());
    await expectRejected(encode(tx), 2, /unable to resolve type URL "\/printchain.nothing.v1.MsgNothing"/);
  });

  test("amounts overflowing uint256 and gas overflowing uint64", async () => {
    const overflow = (1n << 256n).toString();
    await expectRejected(encode(await signRawTx(wallet, sender, [send(overflow)], await options())), 10, /overflows 2\^256-1|below 2\^256/);
    await expectRejected(encode(await signRawTx(wallet, sender, [send("5")], await options({ fee: [{ denom: DENOM, amount: overflow }] }))), 10, /2\^256/);
    await expectRejected(encode(await signRawTx(wallet, sender, [send("-5")], await options())), 10, /not an unsigned integer/);
    // gas_limit as an 11-byte varint: more than 64 bits cannot be a uint64.
    const tx = await signRawTx(wallet, sender, [send("5")], await options());
    const signerInfosOnly = AuthInfo.encode(AuthInfo.fromPartial({ signerInfos: AuthInfo.decode(tx.authInfoBytes).signerInfos })).finish();
    const feeWithHugeGas = [0x12, 0x0c, 0x10, ...Array<number>(10).fill(0xff), 0x7f];
    const bad = encode({ ...tx, authInfoBytes: Uint8Array.from([...signerInfosOnly, ...feeWithHugeGas]) });
    await expectRejected(bad, 2, /tx parse error/);
  });

  test("empty fee when fees are required: code 13", async () => {
    const tx = await signRawTx(wallet, sender, [send("5")], await options({ fee: [] }));
    await expectRejected(encode(tx), 13, /insufficient fees; got: 0uprint required: 5000uprint/);
  });

  test("memo and tx size limits: codes 12 and 21, and the RPC's 1 MiB limit", async () => {
    await expectRejected(encode(await signRawTx(wallet, sender, [send("5")], await options({ memo: "m".repeat(257) }))), 12, /maximum number of characters is 256/);
    const outputs = Array.from({ length: 1200 }, () => ({ address: recipient, coins: [{ denom: DENOM, amount: "1" }] }));
    const multi = { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.encode({ inputs: [{ address: sender, coins: [{ denom: DENOM, amount: "1200" }] }], outputs }).finish() };
    const big = encode(await signRawTx(wallet, sender, [multi], await options({ gasLimit: 50_000_000, fee: [{ denom: DENOM, amount: "1250000" }] })));
    expect(big.length).toBeGreaterThan(65536);
    await expectRejected(big, 21, /the maximum is 65536/);
    await expectNothingChanges(async () => {
      const huge = Buffer.alloc(1024 * 1024 + 1, 1).toString("base64");
      const { status, json } = await rawRpc(testNode.url, JSON.stringify({ jsonrpc: "2.0", id: 7, method: "broadcast_tx_sync", params: { tx: huge } }));
      expect(status).toBe(200);
      expect(json).toMatchObject({ id: 7, error: { code: -32603, data: expect.stringMatching(/tx too large/) } });
    });
  });

  test("malformed JSON-RPC gets proper error codes with HTTP 200", async () => {
    await expectNothingChanges(async () => {
      const cases: Array<[string, number]> = [
        ["{not json", -32700],
        ["[]", -32600],
        ['"a string"', -32600],
        ['{"jsonrpc":"1.0","id":1,"method":"status"}', -32600],
        ['{"jsonrpc":"2.0","id":1}', -32600],
        ['{"jsonrpc":"2.0","id":1,"method":"no_such_method"}', -32601],
        ['{"jsonrpc":"2.0","id":1,"method":"block","params":{"height":"abc"}}', -32602],
        ['{"jsonrpc":"2.0","id":1,"method":"block","params":["5"]}', -32602],
        ['{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":"!!!"}}', -32602],
        ['{"jsonrpc":"2.0","id":1,"method":"tx_search","params":{"query":"tx.height=="}}', -32602],
        ['{"jsonrpc":"2.0","id":1,"method":"abci_query","params":{"path":"/x","data":"zz"}}', -32602],
      ];
      for (const [body, code] of cases) {
        const { status, json } = await rawRpc(testNode.url, body);
        expect({ body, status }).toEqual({ body, status: 200 });
        expect({ body, code: (json as { error?: { code: number } }).error?.code }).toEqual({ body, code });
      }
      const batch = await rawRpc(testNode.url, '[{"jsonrpc":"2.0","id":1,"method":"health"},{"jsonrpc":"2.0","id":2,"method":"nope"}]');
      expect(batch.json).toEqual([{ jsonrpc: "2.0", id: 1, result: {} }, expect.objectContaining({ id: 2, error: expect.objectContaining({ code: -32601 }) })]);
    });
  });
});
