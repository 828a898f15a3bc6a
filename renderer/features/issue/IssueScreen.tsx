import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/api';
import { IssueKind, Scale } from '../../../shared/domain/walk/enums';
import { useFeature, useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { FactsTable } from './FactsTable';
import { RadioGroup } from './RadioGroup';
import { refusalMessage } from './refusal';
import '../../styles/issue.css';

type OperationPatch = MethodInput<'operations.update'>['patch'];
const LONG = 4000;

/**
 * Step 1, the salient issue (enjeu saillant): its kind, statement, why it needs a collective
 * resolution, its scale and the commons at stake, then the facts and analyses that deconstruct the
 * old model. Every field saves itself.
 */
export function IssueScreen() {
  const { t, i18n } = useTranslation();
  const { client } = useServices();
  const operation = useFeature('walk', (s) => s.snapshot?.operation);
  const facts = useFeature('walk', (s) => s.snapshot?.facts);
  if (!operation || !facts) return null;

  async function save(patch: OperationPatch): Promise<string | void> {
    try {
      await client.call('operations.update', { id: operation!.id, patch });
    } catch (err) {
      return refusalMessage(err, i18n.language);
    }
  }

  const text = (field: 'issueStatement' | 'issueWhyCollective' | 'commons', label: string, hint: string, rows: number) => (
    <AutosaveField
      kind="textarea"
      label={label}
      hint={hint}
      rows={rows}
      maxLength={LONG}
      value={operation[field]}
      onSave={(value) => save({ [field]: value })}
    />
  );

  return (
    <div className="issue-screen">
      <section className="screen-section" aria-labelledby="issue-heading">
        <header className="step-header">
          <h2 id="issue-heading">{t('issue.heading')}</h2>
          <p className="meta">{t('issue.intro')}</p>
        </header>
        <div className="issue-fields">
          <div className="issue-choices">
            <RadioGroup
              legend={t('issue.kind')}
              value={operation.issueKind ?? ''}
              options={IssueKind.options.map((k) => ({ value: k, label: t(`issue.kinds.${k}`) }))}
              onSave={(value) => save({ issueKind: IssueKind.parse(value) })}
            />
            <RadioGroup
              legend={t('issue.scale')}
              hint={t('issue.scaleHint')}
              value={operation.issueScale ?? ''}
              separator="→"
              className="scale-group"
              options={Scale.options.map((s) => ({ value: s, label: t(`issue.scales.${s}`) }))}
              onSave={(value) => save({ issueScale: Scale.parse(value) })}
            />
          </div>
          {text('issueStatement', t('issue.statement'), t('issue.statementHint'), 4)}
          <div className="issue-pair">
            {text('issueWhyCollective', t('issue.whyCollective'), t('issue.whyCollectiveHint'), 4)}
            {text('commons', t('issue.commons'), t('issue.commonsHint'), 4)}
          </div>
        </div>
      </section>
      <section className="screen-section" aria-labelledby="facts-heading">
        <header className="step-header">
          <h2 id="facts-heading">{t('issue.facts.heading')}</h2>
          <p className="meta">{t('issue.facts.intro')}</p>
        </header>
        <FactsTable operationId={operation.id} facts={facts} />
      </section>
    </div>
  );
}
