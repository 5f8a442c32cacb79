export { signToken, verifyToken, TOKEN_PURPOSES } from './tokens.js';
export type { TokenClaims, TokenPurpose } from './tokens.js';
export { normalizeEmail } from './normalize-email.js';
