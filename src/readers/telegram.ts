import { InputError } from '../errors.js';
import { describeJsonError } from './json-error.js';
import { ArticleBuilder } from './records.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

interface TelegramMessage {
  id?: number | string;
  type?: string;
  date?: string;
  text?: string | Array<string | { type?: string; text?: string }>;
}

interface TelegramExport {
  name?: string;
  type?: string;
  id?: number | string;
  messages: TelegramMessage[];
}

/** A Telegram Desktop channel export (result.json): {name, type, id, messages: […]}. */
export function isTelegramExport(data: unknown): data is TelegramExport {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return Array.isArray(record.messages) && ('name' in record || 'type' in record);
}

/** Message text: a string, or parts (plain strings and entities such as links and bold) joined. */
function messageText(text: TelegramMessage['text']): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : (part?.text ?? ''))).join('');
}

/** Each message with text is an article, id telegram:<channel id>:<message id>; service messages are skipped. */
export async function* readTelegram(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const json = await source.text();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const { reason, line } = describeJsonError(err, json);
    throw new InputError(source.name, `invalid JSON: ${reason}`, line);
  }
  if (!isTelegramExport(data)) throw new InputError(source.name, 'not a Telegram channel export (no "messages" list)');
  const channel = data.id ?? data.name ?? 'unknown';
  const builder = new ArticleBuilder(source.name, 'telegram', options, (field) => `field "${field}"`);
  for (let i = 0; i < data.messages.length; i++) {
    const message = data.messages[i];
    if (message?.type !== 'message') continue;
    const text = messageText(message.text);
    if (!/\S/.test(text)) continue; // a photo or sticker without a caption
    yield* builder.add(
      {
        id: message.id === undefined ? undefined : `telegram:${channel}:${message.id}`,
        date: message.date,
        text,
        source: data.name,
      },
      { record: i + 1, label: 'message' },
    );
  }
  yield* builder.finish();
}
