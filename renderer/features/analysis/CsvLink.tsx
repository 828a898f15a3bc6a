import { useTranslation } from 'react-i18next';
import { csvBlobUrl } from './csv';

/**
 * Downloads a CSV built in the renderer. The text is built only when asked for: a 2,000-actor
 * matrix takes seconds to serialise, which must not happen on every render.
 */
export function CsvLink({ csv, fileName, what }: { csv: () => string; fileName: string; what: string }) {
  const { t } = useTranslation();
  function download() {
    const url = csvBlobUrl(csv());
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <button type="button" className="button-link analysis-csv" onClick={download}>
      {t('analysis.exportCsv', { what })}
    </button>
  );
}
