import { useCallback, useMemo, useState } from 'react';
import { useFeature } from '../../app/services-context';
import { FileExchange } from '../files/FileExchange';
import { DuplicatesNotice } from './DuplicatesNotice';
import { ListEditor } from './ListEditor';
import { ParticipationPanel } from './ParticipationPanel';
import { ParticipationsTable } from './ParticipationsTable';
import { PositionsMatrix } from './PositionsMatrix';
import { RelationsTable } from './RelationsTable';
import { stakeholderViews } from './view';
import '../../styles/stakeholders.css';

/**
 * Step 3, stakeholders: who takes part in the operation (a fast table), where each stands on the
 * hypotheses, how they are linked, possible duplicates to merge, and the workspace's lists of
 * collèges and relation kinds. A stakeholder's details open in a side panel.
 */
export function StakeholdersScreen() {
  const snapshot = useFeature('walk', (s) => s.snapshot);
  const [detailId, setDetailId] = useState<string | null>(null);
  const participations = snapshot?.participations;
  const allActors = snapshot?.actors;
  const stakeholders = useMemo(
    () => (participations && allActors ? stakeholderViews({ participations, actors: allActors }) : []),
    [participations, allActors],
  );
  const actors = useMemo(() => stakeholders.map((s) => s.actor), [stakeholders]);
  const closeDetails = useCallback(() => setDetailId(null), []);
  if (!snapshot) return null;
  const detail = stakeholders.find((s) => s.id === detailId);
  const operationId = snapshot.operation.id;

  return (
    <div className="stakeholders-screen" data-panel-open={detail ? true : undefined}>
      <FileExchange operationId={operationId} />
      <DuplicatesNotice stakeholders={actors} actors={snapshot.actors} />
      <ParticipationsTable operationId={operationId} stakeholders={stakeholders} colleges={snapshot.colleges} onOpenDetails={setDetailId} />
      {stakeholders.length > 0 && (
        <>
          <PositionsMatrix
            operationId={operationId}
            stakeholders={stakeholders}
            hypotheses={snapshot.hypotheses}
            positions={snapshot.positions}
            onOpenDetails={setDetailId}
          />
          <RelationsTable operationId={operationId} stakeholders={actors} relations={snapshot.relations} actors={snapshot.actors} kinds={snapshot.relationKinds} />
        </>
      )}
      <div className="list-editors">
        <ListEditor kind="colleges" items={snapshot.colleges} />
        <ListEditor kind="relationKinds" items={snapshot.relationKinds} />
      </div>
      {detail && <ParticipationPanel key={detail.id} stakeholder={detail} onClose={closeDetails} />}
    </div>
  );
}
