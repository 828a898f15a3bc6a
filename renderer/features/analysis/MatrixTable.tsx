import { useTranslation } from 'react-i18next';
import { CsvLink } from './CsvLink';
import { matrixCsv } from './csv';
import { XlsxLink } from './XlsxLink';

interface Props {
  caption: string;
  /** Short names (column headers) and full names (row headers, titles). */
  names: { short: string; full: string }[];
  colNames?: { short: string; full: string }[];
  values: number[][];
  /** Shown on the diagonal instead of the value (e.g. "—" where the method leaves it undefined). */
  diagonal?: string;
  format: (v: number) => string;
  fileName: string;
  /** Extra last column and row: the sums (influence and dependence). */
  totals?: { rowHeader: string; colHeader: string; row: number[]; col: number[] };
}

/** Rows and columns shown on screen: a 2,000² matrix would freeze the page; the CSV has them all. */
export const MATRIX_SHOWN = 40;

/** A read-only matrix with row and column headers, and its CSV download (always the whole matrix). */
export function MatrixTable({ caption, names, colNames: allColNames = names, values: allValues, diagonal, format, fileName, totals: allTotals }: Props) {
  const { t } = useTranslation();
  const square = allColNames === names;
  const colNames = allColNames.slice(0, MATRIX_SHOWN);
  const values = allValues.slice(0, MATRIX_SHOWN).map((row) => row.slice(0, MATRIX_SHOWN));
  const totals = allTotals && { ...allTotals, row: allTotals.row.slice(0, MATRIX_SHOWN), col: allTotals.col.slice(0, MATRIX_SHOWN) };
  const truncated = allValues.length > MATRIX_SHOWN || allColNames.length > MATRIX_SHOWN;
  return (
    <div className="analysis-matrix-block">
      <div className="analysis-matrix-scroll">
        <table className="analysis-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td />
              {colNames.map((c, j) => (
                <th key={j} scope="col" title={c.full}>
                  {c.short}
                </th>
              ))}
              {totals && <th scope="col">{totals.rowHeader}</th>}
            </tr>
          </thead>
          <tbody>
            {values.map((row, i) => (
              <tr key={i}>
                <th scope="row" title={names[i]?.full}>
                  {names[i]?.short}
                </th>
                {row.map((v, j) => (
                  <td key={j} className={square && i === j ? 'analysis-diagonal' : undefined}>
                    {square && i === j && diagonal !== undefined ? diagonal : format(v)}
                  </td>
                ))}
                {totals && <td className="analysis-total">{format(totals.row[i] ?? 0)}</td>}
              </tr>
            ))}
            {totals && (
              <tr>
                <th scope="row">{totals.colHeader}</th>
                {totals.col.map((v, j) => (
                  <td key={j} className="analysis-total">
                    {format(v)}
                  </td>
                ))}
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {truncated && <p className="meta">{t('analysis.matrixTruncated', { shown: MATRIX_SHOWN, rows: allValues.length, cols: allColNames.length })}</p>}
      <div className="analysis-downloads">
        <CsvLink csv={() => matrixCsv(t('analysis.csvCorner'), names.map((n) => n.full), allColNames.map((n) => n.full), allValues)} fileName={fileName} what={caption} />
        <XlsxLink
          fileName={fileName}
          sheetName={caption}
          header={[t('analysis.csvCorner'), ...allColNames.map((n) => n.full)]}
          rows={allValues.map((row, i) => [names[i]?.full ?? '', ...row.map((v) => Number(v.toFixed(6)))])}
          what={caption}
        />
      </div>
    </div>
  );
}
