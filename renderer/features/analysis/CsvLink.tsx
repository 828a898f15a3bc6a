import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBlobUrl } from './csv';

/** A download link for a CSV built in the renderer (Blob URL, revoked when the content changes). */
export function CsvLink({ csv, fileName, what }: { csv: string; fileName: string; what: string }) {
  const { t } = useTranslation();
  const url = useMemo(() => csvBlobUrl(csv), [csv]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (!url) return null;
  return (
    <a className="button-link analysis-csv" href={url} download={fileName}>
      {t('analysis.exportCsv', { what })}
    </a>
  );
}
