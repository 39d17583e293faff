import { extname } from 'node:path';
import { DATED_PREFIX } from './dated-text.js';
import type { FormatName } from './types.js';

const BY_EXTENSION: Record<string, FormatName> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.rdf': 'feed',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
};

const TELEGRAM_START = /^\{[\s\S]*?"messages"\s*:\s*\[/;

/** json, jsonl or a Telegram export, from the first characters of a JSON-looking input. */
function jsonKind(head: string): FormatName {
  const start = head.trimStart();
  if (start.startsWith('[')) return 'json';
  if (TELEGRAM_START.test(start) && /"(name|type)"\s*:/.test(start)) return 'telegram';
  const firstBreak = start.indexOf('\n');
  if (firstBreak > 0 && /^\s*\{/.test(start.slice(firstBreak))) {
    try {
      JSON.parse(start.slice(0, firstBreak));
      return 'jsonl'; // a whole object on the first line, another after it
    } catch {
      return 'json';
    }
  }
  return 'json';
}

/** The format of an input, from its name's extension and its first characters. */
export function detectFormat(path: string, head: string): FormatName {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  if (DATED_PREFIX.test(text)) return 'dated-text';
  const extension = path === '-' ? '' : extname(path).toLowerCase();
  if (extension === '.json') return jsonKind(text);
  const byExtension = BY_EXTENSION[extension];
  if (byExtension) return byExtension;

  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return jsonKind(start);
  if (start.startsWith('<')) {
    if (/<(rss|feed|rdf:RDF)[\s>]/.test(start.slice(0, 4096))) return 'feed';
    if (/<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(start.slice(0, 4096))) return 'html';
  }
  return 'text';
}
