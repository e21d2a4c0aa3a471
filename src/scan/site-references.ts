import { FLOW_EXCLUDED, TEXT_EXCLUDED } from './structure.js';

/**
 * Equation labels and references as a site's own syntax writes them, which the site resolves at build time (and
 * reports when it cannot): MyST's `:label:` option of a math directive, a `(name)=` target before an equation and the
 * `` {eq}`name` `` role; Quarto's `$$ … $$ {#eq-name}` and `@eq-name`. Offsets are the text's.
 */

export interface SiteReference {
  /** How it is written: `:label:`, `(name)=`, `{eq}`, `{#eq-…}`, `@`. */
  command: string;
  name: string;
  start: number;
  end: number;
}

export function mystReferences(text: string, flags: Uint8Array): { labels: SiteReference[]; refs: SiteReference[] } {
  const labels: SiteReference[] = [];
  const refs: SiteReference[] = [];
  // `:label:` among the options at the top of a math directive (backtick or colon fence).
  for (const fence of text.matchAll(/^[ \t]*(?:`{3,}|:{3,})[ \t]*\{math\}[^\n]*\n((?:[ \t]*:[\w-]+:[^\n]*\n)*)/gm)) {
    const options = fence[1]!;
    const label = /^[ \t]*:label:[ \t]*(\S+)/m.exec(options);
    if (!label) continue;
    const start = fence.index + fence[0].length - options.length + label.index + label[0].length - label[1]!.length;
    labels.push({ command: ':label:', name: label[1]!, start, end: start + label[1]!.length });
  }
  // A target right before an equation: `(eq-energy)=` on the line above `$$` or a math directive.
  for (const target of text.matchAll(/^\(([^()\s]+)\)=[ \t]*\n[ \t]*(?:\$\$|`{3,}[ \t]*\{math\}|:{3,}[ \t]*\{math\})/gm)) {
    if (flags[target.index]! & FLOW_EXCLUDED) continue;
    labels.push({ command: '(name)=', name: target[1]!, start: target.index + 1, end: target.index + 1 + target[1]!.length });
  }
  // `{eq}`name`` or `{eq}`text <name>``: a code span to Markdown, a role to MyST.
  for (const role of text.matchAll(/\{eq\}`([^`\n]+)`/g)) {
    if (flags[role.index]! & FLOW_EXCLUDED) continue;
    const inner = role[1]!;
    const explicit = /<([^<>]+)>\s*$/.exec(inner);
    const name = (explicit ? explicit[1]! : inner).trim();
    const at = role.index + 5 + (explicit ? explicit.index + 1 : inner.indexOf(name));
    refs.push({ command: '{eq}', name, start: at, end: at + name.length });
  }
  return { labels, refs };
}

export function quartoReferences(text: string, flags: Uint8Array): { labels: SiteReference[]; refs: SiteReference[] } {
  const labels: SiteReference[] = [];
  const refs: SiteReference[] = [];
  for (const label of text.matchAll(/\$\$[ \t]*\{#(eq-[\w-]+)[^}]*\}/g)) {
    if (flags[label.index]! & FLOW_EXCLUDED) continue;
    const start = label.index + label[0].indexOf(label[1]!);
    labels.push({ command: '{#eq-…}', name: label[1]!, start, end: start + label[1]!.length });
  }
  for (const ref of text.matchAll(/(?<![\w@.-])@(eq-[\w-]*\w)/g)) {
    if (flags[ref.index]! & (FLOW_EXCLUDED | TEXT_EXCLUDED)) continue;
    refs.push({ command: '@', name: ref[1]!, start: ref.index, end: ref.index + ref[0].length });
  }
  return { labels, refs };
}
