// Bytes to text. Sources do not always say their encoding, and old pages and archives are often
// windows-1252: valid UTF-8 is taken as UTF-8, anything else as the declared or the Windows charset.

const SNIFF_BYTES = 8192;

// windows-1252 bytes 0x80–0x9F (Node's TextDecoder gives them as ISO-8859-1 C1 controls instead);
// U+FFFD where the byte is undefined.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** Whether bytes look like a binary file rather than text (NUL bytes, many control bytes). */
export function looksBinary(head: Uint8Array): boolean {
  if (hasUtf16Bom(head)) return false;
  const n = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** Decodes text: a byte-order mark wins, then valid UTF-8, then `declared`, then windows-1252. */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const encoding = fallbackLabel(declared);
    const text = new TextDecoder(encoding).decode(bytes);
    return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
  }
}

function fallbackLabel(declared: string | undefined): string {
  if (declared) {
    try {
      const encoding = new TextDecoder(declared.trim()).encoding;
      if (encoding !== 'utf-8') return encoding;
    } catch {
      // an unknown label: fall through to the usual legacy charset
    }
  }
  return 'windows-1252';
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}
