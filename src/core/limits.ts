/**
 * Limits on a pack, so a hostile or broken one cannot freeze a phone. Far above any real pack (the built-in
 * ones are under 30 KB, their longest text under 1,000 characters).
 */
/** The most bytes read for one pack: the loader stops reading past it (`tooLarge`), the CLI refuses a bigger file. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/** The longest text (characters) in any field of a pack (`tooLong`). */
export const MAX_TEXT = 10_000;
