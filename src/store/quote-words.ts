/**
 * The words of a quotation search (QuoteFilter.words): runs of letters and digits, as both
 * stores' full-text tokenizers split text. Anything else a person types (quotes, operators) is
 * a separator, so a search can never be a malformed query.
 */
export const searchWords = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
