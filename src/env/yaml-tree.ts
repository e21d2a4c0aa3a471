import { EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, getScalarValue, parseEvents } from 'js-yaml';

/**
 * A YAML document as a tree that keeps every scalar's place in the text, built from js-yaml's event stream.
 * Nothing is constructed: aliases stay references (no alias bomb can expand), tags are recorded but never
 * resolved (so `!!python/name:` does not fail and nothing can run), and `__proto__` is a key like any other.
 */

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

export interface YamlScalar {
  kind: 'scalar';
  /** The decoded string. */
  value: string;
  /** The text as written, for plain scalars (what YAML resolves to numbers and booleans). */
  raw: string;
  plain: boolean;
  start: number;
  end: number;
}

export interface YamlMap {
  kind: 'map';
  entries: Array<{ key: YamlNode; value: YamlNode }>;
  start: number;
}

export interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
  start: number;
}

export interface YamlAlias {
  kind: 'alias';
  start: number;
}

export class YamlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const PLAIN_STYLE = 1;

export interface YamlTree {
  /** The first document's root. */
  root: YamlNode | undefined;
  /** Where a second document starts (its `---`), if there is one: it is not read. */
  secondDocument?: number;
}

/** The first document of `text`; throws YamlError with the offset of the problem. */
export function yamlTree(text: string, limits = { maxDepth: 64 }): YamlTree {
  let events;
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch (error) {
    const mark = (error as { mark?: { position?: number } }).mark;
    throw new YamlError((error as Error).message.split('\n')[0]!, mark?.position ?? 0);
  }
  const stack: Array<YamlMap | YamlSeq> = [];
  let pendingKey: YamlNode | undefined;
  let root: YamlNode | undefined;
  let documents = 0;
  const add = (node: YamlNode) => {
    const parent = stack[stack.length - 1];
    if (!parent) root ??= node;
    else if (parent.kind === 'seq') parent.items.push(node);
    else if (pendingKey === undefined) pendingKey = node;
    else {
      parent.entries.push({ key: pendingKey, value: node });
      pendingKey = undefined;
    }
  };
  for (const event of events) {
    if (documents > 1) {
      // The second document's first node tells where it is; its `---` stands before that.
      const at = (event as { start?: number; valueStart?: number }).start ?? (event as { valueStart?: number }).valueStart;
      if (at === undefined || at < 0) continue;
      const marker = text.lastIndexOf('---', at);
      return { root, secondDocument: marker >= 0 ? marker : at };
    }
    if (event.type === 1 /* document */) {
      if (++documents > 1) continue;
    } else if (event.type === EVENT_SCALAR) {
      const raw = text.slice(event.valueStart, event.valueEnd);
      add({ kind: 'scalar', value: getScalarValue(text, event), raw, plain: event.style === PLAIN_STYLE, start: event.valueStart, end: event.valueEnd });
    } else if (event.type === EVENT_MAPPING || event.type === EVENT_SEQUENCE) {
      const node: YamlMap | YamlSeq =
        event.type === EVENT_MAPPING ? { kind: 'map', entries: [], start: event.start } : { kind: 'seq', items: [], start: event.start };
      const savedKey = pendingKey;
      pendingKey = undefined;
      const parent = stack[stack.length - 1];
      if (!parent) root ??= node;
      else if (parent.kind === 'seq') parent.items.push(node);
      else parent.entries.push({ key: savedKey ?? { kind: 'scalar', value: '', raw: '', plain: true, start: event.start, end: event.start }, value: node });
      stack.push(node);
    } else if (event.type === EVENT_POP) {
      if (stack.length) {
        stack.pop();
        pendingKey = undefined;
      }
    } else {
      // The event gives where the alias's name starts, after its `*`.
      add({ kind: 'alias', start: Math.max(0, (event as { anchorStart: number }).anchorStart - 1) });
    }
  }
  if (documents > 1) {
    const marker = text.lastIndexOf('---');
    return { root, secondDocument: marker >= 0 ? marker : text.length };
  }
  return { root };
}

/** The value under a key of a mapping. */
export function entry(map: YamlNode | undefined, key: string): { key: YamlNode; value: YamlNode } | undefined {
  if (map?.kind !== 'map') return undefined;
  return map.entries.find((e) => e.key.kind === 'scalar' && e.key.value === key);
}
