// A framework's light parts: what classifying paths needs (globs, detect, counterparts, comment).
// Its analysis code lives in the framework's own module and loads on first `analyse()`.
import type { Framework } from '../framework';

export type FrameworkMeta = Omit<Framework, 'analyse'>;
