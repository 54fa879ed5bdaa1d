/** Input limits, in a module of their own so the page can state them without loading the parsers. */

/** Per-side limit, in UTF-16 characters of the final text (stated in the UI). */
export const MAX_CHARS = 500_000;

/** Raw file limit: far above any readout page, low enough that decoding never stalls the worker. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
