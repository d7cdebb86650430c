import { emissionsCodecs, printchain, toBigInt } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { isValidDenom, parseAmount } from "../../types/coins";
import type { PointCoefficients } from "./points";
import type { Schedule } from "./schedule";
import { ROLES, type Role } from "./split";

const { Role: RoleEnum } = printchain.emissions.v1;

/** Role names (split.ts) ↔ the proto enum. */
export const ROLE_ENUM: Readonly<Record<Role, number>> = {
  printers: RoleEnum.ROLE_PRINTERS,
  validators: RoleEnum.ROLE_VALIDATORS,
  developers: RoleEnum.ROLE_DEVELOPERS,
  model_providers: RoleEnum.ROLE_MODEL_PROVIDERS,
  liquidity_providers: RoleEnum.ROLE_LIQUIDITY_PROVIDERS,
  community: RoleEnum.ROLE_COMMUNITY,
};

export function roleOf(value: number): Role | undefined {
  return ROLES.find((role) => ROLE_ENUM[role] === value);
}

/** Roles whose contributors are attested with MsgAttestContribution. */
export const ATTESTED_ROLES: readonly Role[] = ["developers", "model_providers", "liquidity_providers", "community"];

export interface EmissionsParams {
  readonly epochLength: number;
  readonly mintDenom: string;
  readonly schedule: Schedule;
  readonly weights: ReadonlyMap<Role, number>;
  readonly points: PointCoefficients;
  readonly maxPointsPerPrinter: bigint;
  readonly attestors: readonly string[];
}

export const DEFAULT_EMISSIONS_PARAMS: EmissionsParams = {
  epochLength: 100,
  mintDenom: "uprint",
  // 50 PRINT per epoch, halving every 630,720 epochs (two years of 100-block epochs at 1 s), at most 100M PRINT.
  schedule: { initialEpochEmission: 50_000_000n, halvingInterval: 630_720, maxSupply: 100_000_000_000_000n },
  weights: new Map<Role, number>([
    ["printers", 50],
    ["validators", 20],
    ["developers", 10],
    ["model_providers", 10],
    ["liquidity_providers", 5],
    ["community", 5],
  ]),
  points: {
    successMaxBps: 50,
    successMinBps: 20,
    completionGateBps: 8000,
    proofBonus: 100_000_000n,
    fulfilmentBonus: 50_000_000n,
    fixedBonusCapBps: 100,
    acceptMaxMs: 600_000,
    acceptMaxBps: 50,
    acceptLateBps: 20,
    materialBps: 200,
    effortThresholdSeconds: 7200,
    effortBps: 100,
    defaultQuality: 80,
  },
  maxPointsPerPrinter: 1_000_000_000n,
  attestors: [],
};

export function paramsToProto(params: EmissionsParams): printchain.emissions.v1.Params {
  const p = params.points;
  return emissionsCodecs.Params.fromPartial({
    epochLength: params.epochLength,
    mintDenom: params.mintDenom,
    initialEpochEmission: params.schedule.initialEpochEmission.toString(),
    halvingInterval: params.schedule.halvingInterval,
    maxSupply: params.schedule.maxSupply.toString(),
    roleWeights: ROLES.map((role) => ({ role: ROLE_ENUM[role], weight: params.weights.get(role) ?? 0 })),
    points: { ...p, proofBonus: p.proofBonus.toString(), fulfilmentBonus: p.fulfilmentBonus.toString() },
    maxPointsPerPrinter: params.maxPointsPerPrinter.toString(),
    attestors: params.attestors,
  });
}

export function paramsFromProto(message: printchain.emissions.v1.IParams): EmissionsParams {
  const fail = (detail: string): never => {
    throw new Error(`emissions params: ${detail}`);
  };
  const weights = new Map<Role, number>(ROLES.map((role) => [role, 0]));
  for (const entry of message.roleWeights ?? []) {
    const role = roleOf(entry.role ?? 0);
    if (!role) fail(`unknown role ${entry.role}`);
    weights.set(role!, entry.weight ?? 0);
  }
  const p = message.points ?? {};
  const points: PointCoefficients = {
    successMaxBps: p.successMaxBps ?? 0,
    successMinBps: p.successMinBps ?? 0,
    completionGateBps: p.completionGateBps ?? 0,
    proofBonus: parseAmount(p.proofBonus || "0", "proof_bonus"),
    fulfilmentBonus: parseAmount(p.fulfilmentBonus || "0", "fulfilment_bonus"),
    fixedBonusCapBps: p.fixedBonusCapBps ?? 0,
    acceptMaxMs: Number(toBigInt(p.acceptMaxMs)),
    acceptMaxBps: p.acceptMaxBps ?? 0,
    acceptLateBps: p.acceptLateBps ?? 0,
    materialBps: p.materialBps ?? 0,
    effortThresholdSeconds: Number(toBigInt(p.effortThresholdSeconds)),
    effortBps: p.effortBps ?? 0,
    defaultQuality: p.defaultQuality ?? 0,
  };
  const params: EmissionsParams = {
    epochLength: Number(toBigInt(message.epochLength)),
    mintDenom: message.mintDenom ?? "",
    schedule: {
      initialEpochEmission: parseAmount(message.initialEpochEmission || "0", "initial_epoch_emission"),
      halvingInterval: message.halvingInterval ?? 0,
      maxSupply: parseAmount(message.maxSupply || "0", "max_supply"),
    },
    weights,
    points,
    maxPointsPerPrinter: parseAmount(message.maxPointsPerPrinter || "0", "max_points_per_printer"),
    attestors: [...(message.attestors ?? [])],
  };
  validateEmissionsParams(params);
  return params;
}

export function validateEmissionsParams(params: EmissionsParams): void {
  const fail = (detail: string): never => {
    throw new Error(`emissions params: ${detail}`);
  };
  if (!(params.epochLength > 0 && params.epochLength <= 1_000_000)) fail("epoch_length must be between 1 and 1,000,000 blocks");
  if (!isValidDenom(params.mintDenom)) fail(`invalid mint_denom ${JSON.stringify(params.mintDenom)}`);
  if (params.schedule.halvingInterval <= 0) fail("halving_interval must be positive");
  if (params.schedule.maxSupply === 0n) fail("max_supply must be positive");
  let sum = 0;
  for (const role of ROLES) {
    const weight = params.weights.get(role) ?? 0;
    if (!Number.isInteger(weight) || weight < 0 || weight > 1_000_000) fail(`weight of ${role} must be an integer in [0, 1000000]`);
    sum += weight;
  }
  if (sum === 0) fail("role weights must not all be 0 (Σw > 0)");
  const p = params.points;
  for (const field of ["successMaxBps", "successMinBps", "completionGateBps", "fixedBonusCapBps", "acceptMaxBps", "acceptLateBps", "materialBps", "effortBps"] as const) {
    if (p[field] > 10_000) fail(`points.${field} must be at most 10000`);
  }
  if (p.acceptMaxMs <= 0 || p.effortThresholdSeconds <= 0) fail("points.accept_max_ms and points.effort_threshold_seconds must be positive");
  if (p.defaultQuality > 100) fail("points.default_quality must be at most 100");
  if (new Set(params.attestors).size !== params.attestors.length) fail("duplicate attestor");
  for (const attestor of params.attestors) if (!isValidAddress(attestor)) fail(`invalid attestor ${JSON.stringify(attestor)}`);
}
