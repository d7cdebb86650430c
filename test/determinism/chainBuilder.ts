import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createApp } from "../../chain-sim/app/createApp";
import { buildGenesis, DEVNET_CHAIN_ID, deriveAddresses, DEVNET_MNEMONIC } from "../../chain-sim/node/devnet";
import { signRawTx } from "../utils/signing";
import { TEST_GENESIS_TIME_MS, TEST_VALIDATOR_KEY } from "../utils/testNode";
import { devnetWallet } from "../utils/wallets";

export interface ChainRun {
  readonly genesisHash: string;
  readonly blockHashes: string[];
  readonly resultCodes: number[][];
}

/**
 * Builds the same chain every time: a fixed genesis, then blocks of signed sends (CosmJS signs
 * deterministically, RFC 6979), including failing ones. Returns every app hash.
 */
export async function buildDeterministicChain(blocks = 6, txsPerBlock = 4): Promise<ChainRun> {
  const addresses = await deriveAddresses(DEVNET_MNEMONIC, 4);
  const wallet = await devnetWallet(4);
  const genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs: TEST_GENESIS_TIME_MS,
    validator: TEST_VALIDATOR_KEY,
    moniker: "determinism",
    balances: addresses.map((address, index) => ({ address, amount: 1_000_000_000n * BigInt(index + 1) })),
  });
  const app = createApp(DEVNET_CHAIN_ID);
  const genesisHash = hex(app.initChain(genesis, TEST_GENESIS_TIME_MS).appHash);
  const sequences = addresses.map(() => 0);
  const blockHashes: string[] = [];
  const resultCodes: number[][] = [];
  for (let height = 1; height <= blocks; height++) {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < txsPerBlock; i++) {
      const from = (height + i) % addresses.length;
      const to = (from + 1 + i) % addresses.length;
      // Every third tx asks for more than the sender has: it fails in the block, keeping fee and sequence.
      const amount = (height * 3 + i) % 3 === 0 ? "999999999999" : String(1000 * height + i);
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: addresses[from], toAddress: addresses[to], amount: [{ denom: "uprint", amount }] }).finish() };
      const tx = await signRawTx(wallet, addresses[from], [msg], { accountNumber: from, sequence: sequences[from], chainId: DEVNET_CHAIN_ID, memo: `block ${height} tx ${i}` });
      sequences[from]++;
      txs.push(TxRaw.encode(tx).finish());
    }
    const execution = app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: TEST_GENESIS_TIME_MS + (height - 1) * 1000, proposer: TEST_VALIDATOR_KEY.address }, txs);
    blockHashes.push(hex(execution.appHash));
    resultCodes.push(execution.txResults.map((result) => result.code));
  }
  return { genesisHash, blockHashes, resultCodes };
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").toUpperCase();
}

if (require.main === module) {
  buildDeterministicChain().then(
    (run) => process.stdout.write(`${JSON.stringify(run)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
