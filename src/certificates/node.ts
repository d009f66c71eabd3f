/**
 * What `bin/aman-sign.js` needs, as one module: Rollup builds it for Node into dist/cli/certificates.js, and the CLI
 * compiles it on the fly in a checkout without a build (as aman-validate does with src/core/validate.ts).
 * Nothing here holds a key: the CLI passes a signer made from the agency's decrypted key.
 */
export { canonicalize } from './jcs.js';
export { createProof, verifyProof, CRYPTOSUITE } from './eddsa-jcs.js';
export { didKeyFromPublicKey, publicKeyFromDidKey, verificationMethodOf } from './multibase.js';
export { checkCredential, CERTIFICATE_FORMAT } from './credential.js';
export { buildCredential, checkTrainingResult, claimsFromResult } from './issue.js';
export { checkCode, decodeCompact, encodeCompact } from './compact.js';
export { findTrustedKey, keyIdOf, parseTrustList } from './trust.js';
