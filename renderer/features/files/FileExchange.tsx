import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import '../../styles/files.css';

/** The stakeholders step's way in and out: import a table of stakeholders or relations, export. */
export function FileExchange({ operationId }: { operationId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <div className="file-exchange">
      <button type="button" className="button-quiet" onClick={() => setOpen('import')}>
        {t('files.importButton')}
      </button>
      <button type="button" className="button-quiet" onClick={() => setOpen('export')}>
        {t('files.exportButton')}
      </button>
      {open === 'import' && <ImportDialog operationId={operationId} onClose={() => setOpen(null)} />}
      {open === 'export' && <ExportDialog operationId={operationId} onClose={() => setOpen(null)} />}
    </div>
  );
}
