import { useFeature } from '../../app/services-context';
import { CardWalkFields } from './CardWalkFields';
import { OperationDetail } from './OperationDetail';

/** The operation's card: the first screen of an operation (identity, then mission, pillars, commons). */
export function CardScreen() {
  const operation = useFeature('operations', (s) => s.items.find((o) => o.id === s.selectedId));
  return operation ? (
    <>
      <OperationDetail key={operation.id} operation={operation} />
      <CardWalkFields key={`walk-${operation.id}`} operation={operation} />
    </>
  ) : null;
}
