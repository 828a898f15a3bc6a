import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { download } from '../files/bytes';
import type { MatrixKey } from './analysis-engine';
import { csvBlobUrl } from './csv';
import { exportMatrix } from './run-analysis';

interface Props {
  /** Which matrix of which analysis: the worker builds the whole of it (millions of cells on a big operation). */
  source: { analysis: number; key: MatrixKey };
  fileName: string;
  /** What the buttons download, in words (the matrix's caption). */
  what: string;
}

/** Downloads a whole matrix as CSV (built in the worker) or XLSX (written by the backend: exceljs stays out of the renderer). */
export function MatrixDownloads({ source, fileName, what }: Props) {
  const { t } = useTranslation();
  const { client, attempt, status } = useServices();
  const [busy, setBusy] = useState(false);

  /** A download of an analysis the screen has since replaced: the next click uses the new one. */
  const outdated = () => status.getState().showToast({ message: t('analysis.exportOutdated') });

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const csv = () =>
    run(async () => {
      const file = await exportMatrix(source.analysis, source.key, 'csv', t('analysis.csvCorner'));
      const url = file && csvBlobUrl(file.csv);
      if (!file) return outdated();
      if (!url) return;
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    });

  const xlsx = () =>
    run(async () => {
      const table = await exportMatrix(source.analysis, source.key, 'table', t('analysis.csvCorner'));
      if (!table) return outdated();
      await attempt(async () => {
        const file = await client.call('analysis.exportXlsx', { fileName, sheetName: what.slice(0, 31), header: table.header, rows: table.rows });
        download(file.name, file.mimeType, file.contentBase64);
      });
    });

  return (
    <div className="analysis-downloads" aria-busy={busy}>
      {/* Not disabled while busy: the focused button would lose focus; a second click waits instead. */}
      <button type="button" className="button-link analysis-csv" onClick={() => void csv()}>
        {t('analysis.exportCsv', { what })}
      </button>
      <button type="button" className="button-link analysis-csv" onClick={() => void xlsx()}>
        {t('analysis.exportXlsx', { what })}
      </button>
      <span role="status" className="meta">
        {busy ? t('analysis.preparing') : ''}
      </span>
    </div>
  );
}
