import { registerError } from "../../types/errors";

/** The staking codespace; codes are never renumbered (retired codes stay as gaps). */
export const stakingErrors = {
  validatorNotFound: registerError("staking", 2, "validator does not exist"),
  validatorExists: registerError("staking", 3, "validator already exists for this operator"),
  pubKeyInUse: registerError("staking", 4, "consensus pubkey already used by another validator"),
  invalidPubKey: registerError("staking", 5, "invalid consensus pubkey: expected 32 bytes of ed25519"),
  invalidCommission: registerError("staking", 6, "invalid commission rates"),
  invalidDescription: registerError("staking", 7, "invalid validator description"),
  invalidAmount: registerError("staking", 8, "invalid amount"),
  invalidDenom: registerError("staking", 9, "invalid coin denomination"),
  delegationNotFound: registerError("staking", 10, "no delegation for this (delegator, validator) pair"),
  insufficientShares: registerError("staking", 11, "not enough delegation shares"),
  selfRedelegation: registerError("staking", 12, "cannot redelegate to the same validator"),
  transitiveRedelegation: registerError("staking", 13, "transitive redelegation is not allowed: the redelegation into the source validator must complete first"),
  maxEntries: registerError("staking", 14, "too many unbonding or redelegation entries for this pair"),
  invalidMinSelfDelegation: registerError("staking", 15, "invalid min self delegation"),
  selfDelegationBelowMinimum: registerError("staking", 16, "the operator's self-delegation would fall below its min self delegation"),
  invalidGenesis: registerError("staking", 17, "invalid staking genesis"),
  invalidAuthority: registerError("staking", 18, "expected the gov account as the only signer"),
  invalidParams: registerError("staking", 19, "invalid params"),
  bondDenomChange: registerError("staking", 20, "cannot change the bond denom while tokens are bonded or unbonding"),
  invalidExchangeRate: registerError("staking", 21, "validator has shares but no tokens: invalid exchange rate"),
  tinyAmount: registerError("staking", 22, "amount too small: it is worth no tokens"),
} as const;
