/** Roles of the epoch split, in their fixed order. */
export const ROLES = ["printers", "validators", "developers", "model_providers", "liquidity_providers", "community"] as const;
export type Role = (typeof ROLES)[number];

/** One recipient's claim within a role. */
export interface Contribution {
  readonly recipient: string;
  readonly points: bigint;
}

export interface RoleSplit {
  /** R_role = R_total × w_role / Σw, truncated. */
  readonly shares: ReadonlyMap<Role, bigint>;
  /** R_total − Σ shares: the truncation remainder (to the community pool). */
  readonly remainder: bigint;
}

/** Splits the epoch pool across roles by integer weights (Σw > 0 is a params invariant). */
export function splitByRole(total: bigint, weights: ReadonlyMap<Role, number>): RoleSplit {
  const sum = ROLES.reduce((acc, role) => acc + BigInt(weights.get(role) ?? 0), 0n);
  if (sum === 0n) throw new Error("invariant broken: role weights sum to 0");
  const shares = new Map<Role, bigint>();
  let paid = 0n;
  for (const role of ROLES) {
    const share = (total * BigInt(weights.get(role) ?? 0)) / sum;
    shares.set(role, share);
    paid += share;
  }
  return { shares, remainder: total - paid };
}

export interface ProRataPayout<C extends Contribution = Contribution> {
  /** The contributions with points, each with its amount, in input order. */
  readonly payouts: ReadonlyArray<C & { readonly amount: bigint }>;
  /** pool − Σ amounts: dust, or the whole pool when nobody contributed. */
  readonly remainder: bigint;
}

/**
 * Pays `pool` pro rata to points, each share truncated, with the denominator fixed before any
 * payment (so the order of recipients cannot change anyone's amount). Recipients with 0 points
 * are left out; the input must not repeat a recipient.
 */
export function payProRata<C extends Contribution>(pool: bigint, contributions: readonly C[]): ProRataPayout<C> {
  const counted = contributions.filter((contribution) => contribution.points > 0n);
  const totalPoints = counted.reduce((acc, contribution) => acc + contribution.points, 0n);
  if (totalPoints === 0n) return { payouts: [], remainder: pool };
  let paid = 0n;
  const payouts = counted.map((contribution) => {
    const amount = (pool * contribution.points) / totalPoints;
    paid += amount;
    return { ...contribution, amount };
  });
  return { payouts, remainder: pool - paid };
}
