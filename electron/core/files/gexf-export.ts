import { XMLBuilder } from 'fast-xml-parser';
import type { Locale } from '../../../shared/errors';
import { fieldLabel } from '../../../shared/files/columns';
import {
  collegeWords,
  engagementWords,
  relationKindWords,
  relationStatusWords,
  wordFor,
  type Vocabulary,
} from '../../../shared/files/vocabulary';
import type { ListRecord, WorkspaceContent } from './workspace-dump';

// XML 1.0 has no place for these characters, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const clean = (value: unknown) => String(value ?? '').replace(NOT_XML, '');

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

type Attribute = { id: string; title: string; type: 'string' | 'integer' };

const label = (items: ListRecord[], vocabulary: Vocabulary<string>, locale: Locale) => {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (id: string | null) => {
    const item = id ? byId.get(id) : undefined;
    if (!item) return '';
    return item.label || (item.key && item.key in vocabulary ? wordFor(vocabulary, item.key, locale) : (item.key ?? ''));
  };
};

/**
 * A GEXF 1.3 graph (Gephi): actors as nodes, relations as edges. For one operation, the nodes are
 * its stakeholders with their participation (collège, role, scores, engagement); for the whole
 * workspace, every actor, and each edge says its operation. Attribute titles are the column names
 * the importer reads back. Private fields are never in a GEXF file.
 */
export function exportGexf(content: WorkspaceContent, locale: Locale, single: boolean): string {
  const f = (k: Parameters<typeof fieldLabel>[0]) => fieldLabel(k, locale);
  const college = label(content.colleges, collegeWords, locale);
  const kind = label(content.relationKinds, relationKindWords, locale);
  const walk = single ? content.operations[0] : undefined;
  const nodeAttributes: Attribute[] = [{ id: 'acronym', title: f('acronym'), type: 'string' }];
  if (walk) {
    nodeAttributes.push(
      { id: 'college', title: f('college'), type: 'string' },
      { id: 'role', title: f('role'), type: 'string' },
      { id: 'influence', title: f('influence'), type: 'integer' },
      { id: 'interest', title: f('interest'), type: 'integer' },
      { id: 'stance', title: f('stance'), type: 'integer' },
      { id: 'engagement', title: f('engagement'), type: 'string' },
    );
  }
  const edgeAttributes: Attribute[] = [
    { id: 'kind', title: f('kind'), type: 'string' },
    { id: 'strength', title: f('strength'), type: 'integer' },
    { id: 'status', title: f('status'), type: 'string' },
    { id: 'note', title: f('note'), type: 'string' },
  ];
  if (!walk) edgeAttributes.push({ id: 'operation', title: locale === 'fr' ? 'Opération' : 'Operation', type: 'string' });

  const attvalues = (values: Record<string, unknown>) => ({
    attvalue: Object.entries(values)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => ({ '@_for': k, '@_value': clean(v) })),
  });
  const actorById = new Map(content.actors.map((a) => [a.id, a]));
  const nodes = walk
    ? walk.participations.map((p) => {
        const a = actorById.get(p.actorId);
        return {
          '@_id': p.actorId,
          '@_label': clean(a?.name),
          attvalues: attvalues({
            acronym: a?.acronym,
            college: college(p.collegeId),
            role: p.role,
            influence: p.influence,
            interest: p.interest,
            stance: p.stance,
            engagement: wordFor(engagementWords, p.engagement, locale),
          }),
        };
      })
    : content.actors.map((a) => ({ '@_id': a.id, '@_label': clean(a.name), attvalues: attvalues({ acronym: a.acronym }) }));
  const edges = content.operations.flatMap((w) =>
    w.relations.map((r) => ({
      '@_id': r.id,
      '@_source': r.sourceActorId,
      '@_target': r.targetActorId,
      '@_type': r.direction === 'none' ? 'undirected' : r.direction === 'both' ? 'mutual' : 'directed',
      '@_weight': r.strength,
      '@_label': clean(kind(r.kindId)),
      attvalues: attvalues({
        kind: kind(r.kindId),
        strength: r.strength,
        status: wordFor(relationStatusWords, r.status, locale),
        note: r.note,
        ...(walk ? {} : { operation: w.operation.title }),
      }),
    })),
  );
  const declare = (cls: 'node' | 'edge', list: Attribute[]) => ({
    '@_class': cls,
    attribute: list.map((a) => ({ '@_id': a.id, '@_title': a.title, '@_type': a.type })),
  });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: { '@_lastmodifieddate': new Date().toISOString().slice(0, 10), creator: 'TESR Studio', description: clean(walk?.operation.title ?? '') },
      graph: {
        '@_defaultedgetype': 'directed',
        '@_mode': 'static',
        attributes: [declare('node', nodeAttributes), declare('edge', edgeAttributes)],
        nodes: { node: nodes },
        edges: { edge: edges },
      },
    },
  };
  return builder.build(doc) as string;
}
