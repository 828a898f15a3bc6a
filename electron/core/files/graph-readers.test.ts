import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { bytesSource } from './byte-source';
import { gexfGraph } from './gexf-reader';
import { graphmlGraph } from './graphml-reader';
import { DEFAULT_LIMITS } from './limits';
import { decodeXmlText, parseXml, readXml } from './xml-reader';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url));
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return { code: (e as AppError).code, ...(e as AppError).params };
  }
  throw new Error('expected an AppError');
};

describe('safe XML', () => {
  it('decodes the predefined entities and character references, nothing else', () => {
    expect(decodeXmlText('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x2019; &#0; &unknown; &amp;amp;')).toBe(
      'a & b <c> "d" \'e\' é ’ &#0; &unknown; &amp;',
    );
  });

  it('refuses an XML bomb and an external entity before parsing', async () => {
    for (const [name, format] of [['bomb.gexf', 'GEXF'], ['xxe.graphml', 'GraphML']] as const) {
      const e = await readXml(bytesSource(fixture(name), name), format, DEFAULT_LIMITS).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('import-unsafe-xml');
    }
    expect(refusal(() => parseXml('<?xml version="1.0"?>\n<!ENTITY x "y"><a/>', 'f.gexf', 'GEXF'))).toMatchObject({ code: 'import-unsafe-xml' });
  });

  it('says where a document is broken', () => {
    expect(refusal(() => parseXml('<gexf>\n<graph>\n<nodes></graph>\n</gexf>', 'f.gexf', 'GEXF'))).toMatchObject({ code: 'import-malformed', line: 3 });
    expect(refusal(() => parseXml('   ', 'f.gexf', 'GEXF'))).toMatchObject({ code: 'import-empty' });
    expect(refusal(() => parseXml('\u0000\u0001\u0002binary', 'f.gexf', 'GEXF'))).toMatchObject({ code: 'import-binary' });
    expect(refusal(() => gexfGraph(parseXml('<graphml/>', 'f.gexf', 'GEXF'), 'f.gexf'))).toMatchObject({ code: 'import-malformed' });
    expect(refusal(() => graphmlGraph(parseXml('<gexf><graph/></gexf>', 'f.graphml', 'GraphML'), 'f.graphml'))).toMatchObject({ code: 'import-malformed' });
  });
});

describe('GEXF', () => {
  it('reads nodes, edges, attributes by title, directions and lines (Gephi)', () => {
    const text = fixture('reseau.gexf').toString('utf8');
    const graph = gexfGraph(parseXml(text, 'reseau.gexf', 'GEXF'), 'reseau.gexf');
    expect(graph.nodeAttributes).toEqual(['Collège', 'Influence', 'Modularity Class']);
    expect(graph.nodes.map((n) => [n.id, n.label, n.attributes])).toEqual([
      ['n1', 'Mairie de Loos-en-Gohelle', { Collège: 'Pouvoirs publics', Influence: '5', 'Modularity Class': '0' }],
      ['n2', 'CD2E & partenaires', { Collège: 'Experts', Influence: '4' }],
      ['n3', 'Université d’Artois', { Collège: 'Recherche' }],
    ]);
    expect(graph.nodes[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('id="n1"')) + 1);
    expect(graph.edges.map((e) => [e.source, e.target, e.direction, e.label, e.attributes])).toEqual([
      ['n1', 'n2', 'forward', '', { Type: 'coopération' }],
      ['n2', 'n3', 'none', 'information', {}],
      ['n3', 'n3', 'forward', '', {}],
    ]);
  });
});

describe('GraphML', () => {
  it('reads yEd labels, data keys, nested groups and edge directions', () => {
    const graph = graphmlGraph(parseXml(fixture('reseau.graphml').toString('utf8'), 'reseau.graphml', 'GraphML'), 'reseau.graphml');
    expect(graph.nodeAttributes).toEqual(['Sigle', 'Intérêt']);
    expect(graph.nodes.map((n) => [n.id, n.label, n.attributes])).toEqual([
      ['a', 'Mairie de Loos-en-Gohelle', { Sigle: 'MEL', Intérêt: '4' }],
      ['b', 'Lumiwatt SAS', {}],
      ['g::c', 'Coopérative citoyenne', {}],
    ]);
    expect(graph.edges.map((e) => [e.source, e.target, e.direction, e.label, e.attributes])).toEqual([
      ['a', 'b', 'forward', 'partenariat', { Force: '3' }],
      ['b', 'g::c', 'none', '', { Force: '1' }],
    ]);
  });
});
