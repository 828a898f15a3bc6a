import { useTranslation } from 'react-i18next';
import type { MatrixKey, MatrixPreview } from './analysis-engine';
import { MatrixDownloads } from './MatrixDownloads';
import { rowsPerStep, useRevealed } from './Progressive';

interface Props {
  caption: string;
  /** The matrix's top-left block (what is shown) and its whole size. */
  matrix: MatrixPreview;
  /** Short names (column headers) and full names (row headers, titles), at least for the shown block. */
  names: { short: string; full: string }[];
  colNames?: { short: string; full: string }[];
  /** Shown on the diagonal instead of the value (e.g. "—" where the method leaves it undefined). */
  diagonal?: string;
  format: (v: number) => string;
  /** Which matrix of which analysis the downloads ask the worker for (the whole of it). */
  source: { analysis: number; key: MatrixKey };
  fileName: string;
  /** Extra last column and row: the sums (influence and dependence). */
  totals?: { rowHeader: string; colHeader: string; row: number[]; col: number[] };
}

/** A read-only matrix with row and column headers, and its downloads (always the whole matrix). */
export function MatrixTable({ caption, matrix, names, colNames = names, diagonal, format, source, fileName, totals }: Props) {
  const { t } = useTranslation();
  const square = colNames === names;
  const cols = matrix.values[0]?.length ?? Math.min(matrix.cols, colNames.length);
  const truncated = matrix.values.length < matrix.rows || cols < matrix.cols;
  const values = matrix.values.slice(0, useRevealed(matrix.values.length, rowsPerStep(cols)));
  return (
    <div className="analysis-matrix-block">
      <div className="analysis-matrix-scroll">
        <table className="analysis-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td />
              {colNames.slice(0, cols).map((c, j) => (
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
            {totals && values.length === matrix.values.length && (
              <tr>
                <th scope="row">{totals.colHeader}</th>
                {totals.col.slice(0, cols).map((v, j) => (
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
      {truncated && <p className="meta">{t('analysis.matrixTruncated', { shown: matrix.values.length, rows: matrix.rows, cols: matrix.cols })}</p>}
      <MatrixDownloads source={source} fileName={fileName} what={caption} />
    </div>
  );
}
