import { ALL_KINDS } from '../generated/all-kinds.js';
import { addKind } from './validate.js';

// Every pack kind, for the command-line validator and the library's public `validatePack` (which may be handed a
// pack of any kind). The elements do not import this: each loads only its own kind's schemas.
for (const [kind, mod] of Object.entries(ALL_KINDS)) addKind(kind, mod);

export * from './validate.js';
