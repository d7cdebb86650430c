import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { App } from "../../chain-sim/app/app";
import { createApp } from "../../chain-sim/app/createApp";
import { isDerivedKey } from "../../chain-sim/store/commitStore";
import { buildGenesis, DEVNET_CHAIN_ID, deriveAddresses, DEVNET_MNEMONIC } from "../../chain-sim/node/devnet";
import { generateValidatorKey } from "../../chain-sim/node/validatorKey";
import { createPrintchainRegistry, jobsCodecs, printersCodecs } from "../../proto";
import { signRawTx } from "../utils/signing";
import { TEST_GENESIS_TIME_MS } from "../utils/testNode";
import { devnetWallet } from "../utils/wallets";

/**
 * Marketplace state mid-flight (open offers, an accepted job, a proof awaiting confirmation, all
 * with pending timers) survives export → import exactly: same app hash, and the same hashes for
 * the same later blocks, in which those timers fire.
 */
const registry = createPrintchainRegistry();
const BLOCK_MS = 1000;
const HOUR = 3_600_000;

describe("marketplace export and import", () => {
  test("an imported mid-lifecycle state continues with the same app hashes", async () => {
    const addresses = await deriveAddresses(DEVNET_MNEMONIC, 4);
    const wallet = await devnetWallet(4);
    const genesis = buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: TEST_GENESIS_TIME_MS, validator: generateValidatorKey(), moniker: "market", balances: addresses.map((address) => ({ address, amount: 10n ** 12n })) });
    const original = createApp(DEVNET_CHAIN_ID);
    original.initChain(genesis, TEST_GENESIS_TIME_MS);
    const sequences = [0, 0, 0, 0];
    const timeAt = (height: number): number => TEST_GENESIS_TIME_MS + height * BLOCK_MS;

    const sign = async (from: number, typeUrl: string, value: unknown): Promise<Uint8Array> => {
      const any = registry.encodeAsAny({ typeUrl, value });
      const tx = await signRawTx(wallet, addresses[from], [any], { accountNumber: from, sequence: sequences[from]++, chainId: DEVNET_CHAIN_ID, fee: [{ denom: "uprint", amount: "50000" }], gasLimit: 2_000_000 });
      return TxRaw.encode(tx).finish();
    };
    const run = (app: App, txs: Uint8Array[]): string => {
      const height = app.lastInfo.height + 1;
      const execution = app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: timeAt(height), proposer: "" }, txs);
      const failed = execution.txResults.find((result) => result.code !== 0);
      if (failed) throw new Error(`block ${height}: ${failed.log}`);
      return Buffer.from(execution.appHash).toString("hex");
    };
    const register = (owner: number, printerId: string, latitudeUdeg: number) =>
      sign(owner, printersCodecs.MsgRegisterPrinter.typeUrl, {
        owner: addresses[owner],
        printerId,
        spec: { technology: 1, buildVolume: { xMm: 200, yMm: 200, zMm: 200 }, materials: ["PLA"], layerResolutionUm: 100, maxSpeedMmPerS: 150 },
        location: { latitudeUdeg, longitudeUdeg: 2_350_000, region: "FR" },
        bond: "1000000",
      });
    const create = (deadlineMs: number) =>
      sign(0, jobsCodecs.MsgCreateJob.typeUrl, {
        customer: addresses[0],
        designHash: "ef".repeat(32),
        designUri: "ipfs://design",
        quantity: 2,
        material: "PLA",
        technology: 1,
        minBuildVolume: { xMm: 50, yMm: 50, zMm: 50 },
        estimatedGrams: 80,
        price: { denom: "uprint", amount: "5000000" },
        latitudeUdeg: 48_856_600,
        longitudeUdeg: 2_352_200,
        maxDistanceKm: 50,
        deadlineMs,
      });
    const accept = (owner: number, jobId: number, printerId: string) => sign(owner, jobsCodecs.MsgAcceptJob.typeUrl, { operator: addresses[owner], jobId, printerId });
    const proof = (owner: number, jobId: number) =>
      sign(owner, jobsCodecs.MsgSubmitProofOfPrint.typeUrl, { operator: addresses[owner], jobId, evidenceHash: "01".repeat(32), evidenceUri: "ipfs://proof", printSeconds: 3600, gramsUsed: 85, unitsCompleted: 2, firstAttempt: true });

    run(original, [await register(1, "paris-a", 48_860_000), await register(2, "paris-b", 48_850_000), await register(3, "paris-c", 48_870_000)]);
    run(original, [await create(timeAt(3) + 2 * HOUR), await create(timeAt(3) + 2 * HOUR), await create(timeAt(3) + 2 * HOUR)]);
    const offered = (jobId: number): string[] =>
      jobsCodecs.QueryJobResponse.decode(original.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest.encode(jobsCodecs.QueryJobRequest.fromPartial({ jobId })).finish()).value).job!.offeredPrinterIds!;
    const ownerOf = (printerId: string): number => ({ "paris-a": 1, "paris-b": 2, "paris-c": 3 })[printerId]!;
    const [first, second] = [offered(1)[0], offered(2)[0]];
    run(original, [await accept(ownerOf(first), 1, first), await accept(ownerOf(second), 2, second)]);
    run(original, [await proof(ownerOf(first), 1)]);

    const exported = JSON.parse(JSON.stringify(original.exportGenesisState())) as Record<string, unknown>;
    const imported = createApp(DEVNET_CHAIN_ID);
    const height = original.lastInfo.height;
    const importedHash = imported.initChain({ ...genesis, initial_height: String(height + 1), app_state: exported }, original.lastInfo.blockTimeMs).appHash;
    expect(Buffer.from(importedHash).toString("hex")).toBe(Buffer.from(original.lastInfo.appHash).toString("hex"));
    // The derived indexes (outside the Merkle tries) rebuilt from the records equal the ones kept block by block.
    const indexes = (app: App): Array<[string, string]> =>
      [...app.store.entries()].filter(([key]) => isDerivedKey(key)).map(([key, value]) => [key, Buffer.from(value).toString("hex")]);
    expect(indexes(original).length).toBeGreaterThan(20);
    expect(indexes(imported)).toEqual(indexes(original));

    // The same later blocks: a confirmation tx, then enough empty blocks for the offer window
    // (job 3 lapses and moves on) and the confirmation window of job 1 to pass.
    const later = [[await sign(0, jobsCodecs.MsgConfirmJob.typeUrl, { customer: addresses[0], jobId: 1, qualityScore: 88 })], ...Array.from({ length: 700 }, () => [])];
    const hashes = (app: App): string[] => later.map((txs) => run(app, txs));
    const originalHashes = hashes(original);
    expect(hashes(imported)).toEqual(originalHashes);
    // The timers did fire in those blocks: the state changed after the confirmation block.
    expect(new Set(originalHashes.slice(1)).size).toBeGreaterThan(1);
    expect(indexes(imported)).toEqual(indexes(original));
  });
});
