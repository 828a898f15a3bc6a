import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { download } from '../files/bytes';

interface Props {
  fileName: string;
  sheetName: string;
  header: string[];
  rows: (string | number)[][];
  what: string;
}

/** Downloads a matrix as XLSX, written by the backend (exceljs stays out of the renderer's bundle). */
export function XlsxLink({ fileName, sheetName, header, rows, what }: Props) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const save = () =>
    attempt(async () => {
      const file = await client.call('analysis.exportXlsx', { fileName, sheetName: sheetName.slice(0, 31), header, rows });
      download(file.name, file.mimeType, file.contentBase64);
    });
  return (
    <button type="button" className="button-link analysis-csv" onClick={() => void save()}>
      {t('analysis.exportXlsx', { what })}
    </button>
  );
}
