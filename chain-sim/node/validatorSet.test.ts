import type { GenesisValidator } from "../app/genesis";
import { ValidatorSetHistory, validatorUpdateFromJson, validatorUpdateToJson } from "./validatorSet";
import { validatorAddress } from "./validatorKey";

const key = (n: number): Uint8Array => new Uint8Array(32).fill(n);
const genesisValidator = (n: number, power: number): GenesisValidator => ({
  address: validatorAddress(key(n)),
  pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.from(key(n)).toString("base64") },
  power: String(power),
  name: `v${n}`,
});

describe("ValidatorSetHistory", () => {
  it("applies a block's updates two heights later, in CometBFT order", () => {
    const history = new ValidatorSetHistory([genesisValidator(1, 10)], 1);
    const genesisHash = history.hash(1);
    history.apply(3, [{ pubKey: key(2), power: 20n }]);
    expect(history.at(4).map((v) => v.power)).toEqual([10n]);
    expect(history.at(5).map((v) => v.power)).toEqual([20n, 10n]);
    expect(history.at(100)).toHaveLength(2);
    expect(history.hash(4)).toBe(genesisHash);
    expect(history.hash(5)).not.toBe(genesisHash);
    history.apply(7, [{ pubKey: key(2), power: 0n }]);
    expect(history.at(9).map((v) => v.power)).toEqual([10n]);
    expect(history.hash(9)).toBe(genesisHash);
  });

  it("refuses to empty the set and round-trips the JSON form", () => {
    const history = new ValidatorSetHistory([genesisValidator(1, 10)], 1);
    expect(() => history.apply(2, [{ pubKey: key(1), power: 0n }])).toThrow(/no validators/);
    const update = { pubKey: key(9), power: 123n };
    expect(validatorUpdateFromJson(validatorUpdateToJson(update))).toEqual(update);
  });
});
