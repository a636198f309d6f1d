/**
 * A local, stateful GitHub REST API emulator backed by a real git repository, for tests,
 * benchmarks and the demo. Every exchange can be validated against GitHub's OpenAPI
 * description; see `Emulator.validationErrors`.
 */
export { startEmulator } from './server';
export type {
  Actor,
  Annotation,
  CheckRun,
  Comment,
  Emulator,
  EmulatorOptions,
  EmulatorState,
  FaultKind,
  FaultOptions,
  PullRequest,
  Reaction,
  RecordedRequest,
} from './types';
