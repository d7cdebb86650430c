import { registerError } from "../../types/errors";

/** The gov codespace, with the Cosmos SDK x/gov numbers where the meaning is the same; never renumbered. */
export const govErrors = {
  unknownProposal: registerError("gov", 2, "unknown proposal"),
  inactiveProposal: registerError("gov", 3, "inactive proposal"),
  invalidProposalContent: registerError("gov", 5, "invalid proposal content"),
  invalidVote: registerError("gov", 7, "invalid vote option"),
  invalidGenesis: registerError("gov", 8, "invalid genesis state"),
  unroutableProposalMsg: registerError("gov", 10, "proposal message not recognized by router"),
  noProposalMsgs: registerError("gov", 11, "no messages proposed"),
  invalidProposalMsg: registerError("gov", 12, "invalid proposal message"),
  invalidSigner: registerError("gov", 13, "expected gov account as only signer for proposal message"),
  metadataTooLong: registerError("gov", 15, "metadata too long"),
  minDepositTooSmall: registerError("gov", 16, "minimum deposit is too small"),
  invalidDepositDenom: registerError("gov", 23, "invalid deposit denom"),
  invalidAuthority: registerError("gov", 30, "expected the gov account as the only signer"),
  invalidParams: registerError("gov", 31, "invalid params"),
} as const;
