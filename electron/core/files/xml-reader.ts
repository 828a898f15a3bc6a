import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../../shared/errors';
import { readWhole, type ByteSource } from './byte-source';
import { decodeDocument, looksBinary } from './encoding';
import type { ImportLimits } from './limits';

export type XmlFormat = 'GEXF' | 'GraphML';
export type XmlNode = Record<string, unknown>;

/**
 * XML is read with its dangerous parts refused, not tamed: any DOCTYPE or ENTITY declaration (the
 * carrier of "billion laughs" bombs and external entities) stops the import before parsing, and
 * the parser itself expands no entity. The five predefined entities and character references
 * (`&amp;`, `&#233;`) are decoded here, in one linear pass that cannot expand.
 */
const UNSAFE = /<!\s*(DOCTYPE|ENTITY)/i;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref]!;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Line of each character offset, for messages that point at a node or an edge. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const ARRAYS = new Set(['graph', 'node', 'edge', 'attributes', 'attribute', 'attvalue', 'key', 'data']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  isArray: (name) => ARRAYS.has(name),
  tagValueProcessor: (_name, value) => decodeXmlText(value),
  attributeValueProcessor: (_name, value) => decodeXmlText(value),
});

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Where an element starts in the text (the parser's metadata), or -1. */
export function startOf(node: unknown): number {
  const meta = typeof node === 'object' && node !== null ? (node as Record<symbol, { startIndex?: number } | undefined>)[META] : undefined;
  return typeof meta?.startIndex === 'number' ? meta.startIndex : -1;
}

export interface XmlDocument {
  root: XmlNode;
  lineAt: (offset: number) => number;
}

/** Parses a GEXF or GraphML file checked for size, encoding, binary content and unsafe declarations. */
export async function readXml(source: ByteSource, format: XmlFormat, limits: ImportLimits): Promise<XmlDocument> {
  const file = source.name;
  const bytes = await readWhole(source, limits.documentBytes);
  const { text } = decodeDocument(bytes);
  return parseXml(text, file, format);
}

export function parseXml(text: string, file: string, format: XmlFormat): XmlDocument {
  if (!text.trim()) throw new AppError('import-empty', { file });
  if (looksBinary(text)) throw new AppError('import-binary', { file, format });
  if (UNSAFE.test(text)) throw new AppError('import-unsafe-xml', { file });
  const body = text.replace(/^\ufeff/, '');
  const verdict = XMLValidator.validate(body);
  if (verdict !== true) {
    throw new AppError('import-malformed', { file, format, line: verdict.err.line, detail: verdict.err.msg });
  }
  let root: unknown;
  try {
    root = parser.parse(body);
  } catch (e) {
    throw new AppError('import-malformed', { file, format, detail: e instanceof Error ? e.message : String(e) });
  }
  if (typeof root !== 'object' || root === null) throw new AppError('import-malformed', { file, format, detail: 'no root element' });
  return { root: root as XmlNode, lineAt: lineFinder(body) };
}

/** Text content of an element the parser gave as a string or as an object with `#text`. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object' && value !== null && '#text' in value) return textOf((value as XmlNode)['#text']);
  return '';
}

export const attr = (node: XmlNode, name: string): string => {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : '';
};

export const children = (node: unknown, name: string): XmlNode[] => {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as XmlNode)[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is XmlNode => typeof x === 'object' && x !== null);
};
