import { z } from 'zod';

/** One matrix (MID, MIDI, CAA…) sent to the backend to be written as an XLSX sheet. */
export const MatrixXlsxInput = z
  .object({
    fileName: z.string().min(1).max(200),
    sheetName: z.string().min(1).max(31),
    header: z.array(z.string().max(500)).max(5001),
    rows: z.array(z.array(z.union([z.string().max(2000), z.number().finite(), z.null()])).max(5001)).max(5000),
  })
  .strict();

export const XlsxFileOutput = z.object({ name: z.string(), mimeType: z.string(), contentBase64: z.string() });
