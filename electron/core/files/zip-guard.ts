import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../shared/errors';
import { megabytes } from './limits';

/**
 * Checks an XLSX (a zip archive) before exceljs unpacks it whole into memory: the central directory
 * must be sound, and the parts must really unpack (counted, not kept) to no more than the limit.
 * A zip bomb declares small sizes and unpacks to gigabytes; counting the real output catches it.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

class Bad extends Error {}

function inflatedSize(data: Uint8Array, max: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let n = 0;
    inflater.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) {
        inflater.destroy();
        reject(new RangeError('too large'));
      }
    });
    inflater.on('end', () => resolve(n));
    inflater.on('error', (e) => reject(new Bad(e.message)));
    inflater.end(data);
  });
}

export async function checkZip(bytes: Uint8Array, file: string, maxUnpacked: number): Promise<void> {
  const malformed = (detail: string) => new AppError('import-malformed', { file, format: 'XLSX', detail });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => {
    if (at < 0 || at + 4 > bytes.length) throw new Bad('truncated archive');
    return view.getUint32(at, true);
  };
  const u16 = (at: number) => {
    if (at < 0 || at + 2 > bytes.length) throw new Bad('truncated archive');
    return view.getUint16(at, true);
  };
  try {
    if (bytes.length < 22 || u32(0) !== LOCAL) throw new Bad('not a zip archive (an XLSX file is one)');
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (u32(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Bad('end of the zip directory not found');
    const entries = u16(eocd + 10);
    const offset = u32(eocd + 16);
    if (entries === 0xffff || offset === 0xffffffff) throw new Bad('ZIP64 archives are not supported');
    if (entries > MAX_ENTRIES) throw new Bad(`more than ${MAX_ENTRIES} parts`);
    let at = offset;
    let total = 0;
    for (let e = 0; e < entries; e++) {
      if (u32(at) !== CENTRAL) throw new Bad('damaged zip directory');
      const method = u16(at + 10);
      const compressed = u32(at + 20);
      const declared = u32(at + 24);
      const nameLength = u16(at + 28);
      const local = u32(at + 42);
      at += 46 + nameLength + u16(at + 30) + u16(at + 32);
      if (u32(local) !== LOCAL) throw new Bad('damaged zip entry');
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + compressed > bytes.length) throw new Bad('truncated archive');
      if (total + declared > maxUnpacked) throw new RangeError('too large');
      const data = bytes.subarray(start, start + compressed);
      if (method === 0) total += compressed;
      else if (method === 8) total += await inflatedSize(data, maxUnpacked - total);
      else throw new Bad(`unsupported compression method ${method}`);
    }
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('import-too-large', { file, limitMb: megabytes(maxUnpacked) });
    if (e instanceof Bad) throw malformed(e.message);
    throw e;
  }
}
