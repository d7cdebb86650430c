import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEVNET_MNEMONIC } from "../../chain-sim/node/devnet";

/** The devnet wallet with accounts 0..count-1 (CosmJS's own HD wallet, as users have it). */
export function devnetWallet(count = 4): Promise<DirectSecp256k1HdWallet> {
  return DirectSecp256k1HdWallet.fromMnemonic(DEVNET_MNEMONIC, {
    prefix: "print",
    hdPaths: Array.from({ length: count }, (_, index) => makeCosmoshubPath(index)),
  });
}
