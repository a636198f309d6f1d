export { runEvaluation, withRetries, pullNumberFromQueueRef, type RunResult, type RunnerOptions, type Target, type TickEdit } from './run';
export { PrQueue } from './pr-queue';
export { CHECK_NAME, checkRunFromEvaluation, checkRunFromConfigError } from './check-run';
export { decodeAttestations, encodeAttestations, type Attestation } from './attestations';
export { applyTickEdit, readCheckboxes } from './tick-edit';
