/**
 * A local, stateful GitHub REST API emulator backed by a real git repository, for tests,
 * benchmarks and the demo: test support, which no product bundle carries. Every exchange can be
 * validated against GitHub's OpenAPI description; see `Emulator.validationErrors`.
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
  Exchange,
  FaultKind,
  FaultOptions,
  PullRequest,
  Reaction,
  RecordedRequest,
} from './types';
