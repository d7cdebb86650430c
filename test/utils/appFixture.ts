import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { App } from "../../chain-sim/app/app";
import { createApp } from "../../chain-sim/app/createApp";
import { buildGenesis, DEVNET_CHAIN_ID, deriveAddresses, DEVNET_MNEMONIC } from "../../chain-sim/node/devnet";
import { signRawTx } from "./signing";
import { TEST_GENESIS_TIME_MS, TEST_VALIDATOR_KEY } from "./testNode";
import { devnetWallet } from "./wallets";

export const FUNDED = 1_000_000_000n;

/** An in-process app at genesis with accounts 0..3 of the devnet mnemonic funded, plus a signer for them. */
export async function appFixture(): Promise<{
  app: App;
  addresses: string[];
  signSend: (from: number, to: string, amount: string, sequence: number, extra?: { fee?: string; gas?: number }) => Promise<Uint8Array>;
  nextBlock: (txs: Uint8Array[]) => ReturnType<App["finalizeBlock"]>;
}> {
  const addresses = await deriveAddresses(DEVNET_MNEMONIC, 4);
  const wallet = await devnetWallet(4);
  const genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs: TEST_GENESIS_TIME_MS,
    validator: TEST_VALIDATOR_KEY,
    moniker: "fixture",
    balances: addresses.map((address) => ({ address, amount: FUNDED })),
  });
  const app = createApp(DEVNET_CHAIN_ID);
  app.initChain(genesis, TEST_GENESIS_TIME_MS);
  return {
    app,
    addresses,
    async signSend(from, to, amount, sequence, extra = {}) {
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: addresses[from], toAddress: to, amount: [{ denom: "uprint", amount }] }).finish() };
      const tx = await signRawTx(wallet, addresses[from], [msg], {
        accountNumber: from,
        sequence,
        chainId: DEVNET_CHAIN_ID,
        fee: [{ denom: "uprint", amount: extra.fee ?? "5000" }],
        gasLimit: extra.gas ?? 200_000,
      });
      return TxRaw.encode(tx).finish();
    },
    nextBlock(txs) {
      const height = app.lastInfo.height + 1;
      return app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: TEST_GENESIS_TIME_MS + height * 1000, proposer: "" }, txs);
    },
  };
}
