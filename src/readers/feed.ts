import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import type { FieldValues } from './fields.js';
import { htmlFragmentText } from './html-text.js';
import { ArticleBuilder } from './records.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Text of an element that may carry attributes ({'#text': …, '@_type': …}) or be a plain string. */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return textOf((value as XmlNode)['#text']);
  return undefined;
}

function firstText(node: XmlNode, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = textOf(node[key]);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** RSS <link>text</link>, or the Atom <link href> with rel="alternate" (or no rel). */
function linkOf(node: XmlNode): string | undefined {
  const links = (node.link ?? []) as unknown[];
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (typeof link === 'object' && link !== null) {
      const { '@_href': href, '@_rel': rel } = link as XmlNode;
      if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return href;
    }
  }
  return undefined;
}

function plain(text: string | undefined): string | undefined {
  return text === undefined ? undefined : htmlFragmentText(text) || undefined;
}

function itemValues(item: XmlNode, feedTitle: string | undefined): FieldValues {
  const url = linkOf(item);
  return {
    id: firstText(item, ['guid', 'id']) ?? url,
    date: firstText(item, ['pubDate', 'dc:date', 'published', 'updated', 'dcterms:created']),
    text: plain(firstText(item, ['content:encoded', 'content', 'description', 'summary'])),
    title: plain(firstText(item, ['title'])),
    source: feedTitle,
    url,
  };
}

/** RSS 2.0, RSS 1.0 (RDF) or Atom: one article per item or entry. */
export async function* readFeed(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const xml = await source.text();
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(source.name, `invalid XML: ${valid.err.msg}`, valid.err.line);
  const doc = parser.parse(xml) as XmlNode;
  const rss = doc.rss as XmlNode | undefined;
  const rdf = doc['rdf:RDF'] as XmlNode | undefined;
  const atom = doc.feed as XmlNode | undefined;
  const channel = ((rss?.channel ?? rdf?.channel) as XmlNode | undefined) ?? atom;
  if (!channel) throw new InputError(source.name, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  const items = ((atom ? atom.entry : (channel.item ?? rdf?.item)) ?? []) as XmlNode[];
  const feedTitle = plain(firstText(channel, ['title']));
  const label = atom ? 'entry' : 'item';
  const builder = new ArticleBuilder(source.name, 'feed', options, (field) =>
    field === 'date' ? (atom ? '<published> or <updated>' : '<pubDate> or <dc:date>') : field === 'text' ? (atom ? '<content> or <summary>' : '<description>') : `<${field}>`,
  );
  for (let i = 0; i < items.length; i++) yield* builder.add(itemValues(items[i], feedTitle), { record: i + 1, label });
  yield* builder.finish();
}
