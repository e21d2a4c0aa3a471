/**
 * Where things are in a TOML file, for findings at the right line: the TOML parser gives values, not places, and a
 * manifest is written by hand in a few regular shapes (`[table]` headers, `key = value` lines, strings in arrays).
 * A place not found falls back to the table's header, then to the file's start.
 */
export class TomlPlaces {
  private readonly headers: Array<{ path: string; start: number; bodyStart: number }> = [];

  constructor(private readonly text: string) {
    const header = /^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*(?:#.*)?$/gm;
    for (let match = header.exec(text); match; match = header.exec(text)) {
      this.headers.push({ path: tablePath(match[1]!), start: match.index + match[0].indexOf('['), bodyStart: match.index + match[0].length });
    }
  }

  /** The span of the table `path` (`project`, `tool.pixi.dependencies`; '' for the top level) as [header, end). */
  private table(path: string): { start: number; bodyStart: number; end: number } | undefined {
    if (path === '') return { start: 0, bodyStart: 0, end: this.headers[0]?.start ?? this.text.length };
    const index = this.headers.findIndex((header) => header.path === path);
    if (index < 0) return undefined;
    const header = this.headers[index]!;
    return { start: header.start, bodyStart: header.bodyStart, end: this.headers[index + 1]?.start ?? this.text.length };
  }

  /** Where `key` is set in the table (or, dotted, `[table]` with `a.b = …`); else the table's header. */
  key(path: string, key: string): { start: number; end: number } {
    const table = this.table(path);
    if (!table) return this.fallback(path);
    const pattern = new RegExp(String.raw`^[ \t]*(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})[ \t]*=`, 'm');
    const body = this.text.slice(table.bodyStart, table.end);
    const match = pattern.exec(body);
    if (!match) return { start: table.start, end: table.start + 1 };
    const start = table.bodyStart + match.index + match[0].search(/\S/);
    return { start, end: start + key.length };
  }

  /** Where a string is written in the table (a dependency in an array, say); else where `key` is. */
  string(path: string, key: string, value: string): { start: number; end: number } {
    const table = this.table(path);
    if (!table) return this.fallback(path);
    const from = this.key(path, key).start;
    for (const quote of ['"', "'"]) {
      const at = this.text.indexOf(`${quote}${value}${quote}`, from);
      if (at >= 0 && at < table.end) return { start: at + 1, end: at + 1 + value.length };
    }
    return this.key(path, key);
  }

  /** A table not written as a header (`[tool.pixi]` holding `dependencies = {…}`): its nearest written parent. */
  private fallback(path: string): { start: number; end: number } {
    for (let parent = path; parent.includes('.');) {
      parent = parent.slice(0, parent.lastIndexOf('.'));
      const table = this.table(parent);
      if (table) return { start: table.start, end: table.start + 1 };
    }
    return { start: 0, end: 1 };
  }
}

/** `tool . "pixi" . dependencies` as `tool.pixi.dependencies`. */
function tablePath(header: string): string {
  return header
    .split('.')
    .map((part) => part.trim().replace(/^["'](.*)["']$/, '$1'))
    .join('.');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
