import { tablesToXlsx } from '../files/xlsx-export';
import { defineHandlers } from '../handler-types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Analysis results are computed in the renderer's worker; the backend only writes them as XLSX. */
export const analysisHandlers = defineHandlers({
  'analysis.exportXlsx': async ({ fileName, sheetName, header, rows }) => {
    // Excel refuses sheet names with these characters.
    const title = sheetName.replace(/[\\/?*[\]:]/g, ' ');
    const bytes = await tablesToXlsx([{ title, header, rows }]);
    return { name: fileName.replace(/\.csv$/i, '') + '.xlsx', mimeType: XLSX, contentBase64: Buffer.from(bytes).toString('base64') };
  },
});
