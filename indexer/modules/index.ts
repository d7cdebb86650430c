/** The indexer's modules: handlers run by the writer in each batch transaction, and their tables. */
export { MODULE_HANDLERS, catchUpModules, loadLedgerBlocks, moduleHeights, runModules } from "./runner";
export { ModuleError, type ModuleBlock, type ModuleEvent, type ModuleHandler } from "./handler";
export { JobEntity } from "./jobs/entities";
export { PrinterEntity, PrinterHistoryEntity } from "./printers/entities";
import { JobEntity } from "./jobs/entities";
import { PrinterEntity, PrinterHistoryEntity } from "./printers/entities";
import { DelegationEntity, UnbondingEntity, ValidatorEntity } from "./staking/entities";
import { ProposalEntity, VoteEntity } from "./gov/entities";
import { NetworkEpochStatEntity, PrinterEpochStatEntity } from "./rollups/entities";

export const MODULE_ENTITIES = [PrinterEntity, PrinterHistoryEntity, JobEntity, PrinterEpochStatEntity, NetworkEpochStatEntity, ValidatorEntity, DelegationEntity, UnbondingEntity, ProposalEntity, VoteEntity];
