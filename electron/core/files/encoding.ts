/**
 * Text encodings of the files people exchange: UTF-8 with or without a byte-order mark, UTF-16
 * with one (Excel's "Unicode text"), and otherwise Windows-1252 (Excel's "CSV" on a French
 * Windows): a file that is not valid UTF-8 is read as Windows-1252.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function sniffBom(head: Uint8Array): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** Encodings to try, in order: a byte-order mark decides; otherwise UTF-8, then Windows-1252. */
export function candidateEncodings(head: Uint8Array): TextEncoding[] {
  const bom = sniffBom(head);
  return bom && bom !== 'utf-8' ? [bom] : ['utf-8', 'windows-1252'];
}

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1, which is wrong for 0x80–0x9F, where
 * French text keeps ’ “ ” … € œ Œ. This table puts them back (the five unassigned bytes stay
 * C1 controls, as the WHATWG Encoding standard says).
 */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((c) => String.fromCharCode(c));

const latin1 = new TextDecoder('latin1');
export const decodeWindows1252 = (bytes: Uint8Array) =>
  latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);

/** The decoding failed: the bytes are not in this encoding (the caller tries the next one). */
export class WrongEncoding extends Error {}

/** Decodes a stream of chunks; UTF-8 is strict, so invalid bytes throw `WrongEncoding`. */
export function chunkDecoder(encoding: TextEncoding): (chunk: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => decodeWindows1252(chunk);
  const decoder = new TextDecoder(encoding, { fatal: true });
  return (chunk, last) => {
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      throw new WrongEncoding(encoding);
    }
  };
}

/** Decodes a whole document, trying the candidate encodings in turn (the last one always works). */
export function decodeDocument(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  for (const encoding of candidateEncodings(bytes)) {
    try {
      return { text: chunkDecoder(encoding)(bytes, true), encoding };
    } catch (e) {
      if (!(e instanceof WrongEncoding)) throw e;
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * Binary content (an image, a zip, random bytes) decodes to text full of control characters:
 * any NUL, or more than one control character in a hundred, and the text is not a text file.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 100 > sample.length;
}
