import { build, type Expectation, type Operator } from './expectation.js';
import { readableClaimText } from './normalize.js';

/**
 * The claims of a reproduction document, as authors write them: `test_loss < 0.02 ± 0.003`, "accuracy approximately
 * 0.93", "BLEU within 5% of 27.5", `$\geq$ 76\%`, `inference time < 15 ms`, `top-5 acc >= 93.5`, `测试损失 < 0.02`,
 * "准确率约为 0.93", `< 5×10⁻³`. Each claim is read around its number: the value (with a scientific form, a percent,
 * a unit, a tolerance), the comparison written before it (a sign or words, in English or Chinese), and the metric's
 * name before that. What pairs a metric's name with a number and a comparison but cannot be read is returned as an
 * expectation with a problem — reported, never dropped.
 */

export interface Found {
  expectation: Expectation;
  /** A claim that could not be read (its expectation has the problem). */
  unread?: boolean;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

/** Where the text stands: running prose, or a whole line, list item or cell that is nothing but a claim. */
export interface ReadOptions {
  /** A line, list item or cell on its own: any name may be the metric's (`- delta > -0.01`). */
  whole?: boolean;
  /**
   * The text as written, when `written` has parts blanked out (code, links: offsets kept): a claim that cannot be
   * read is quoted from it, as its author wrote it.
   */
  original?: string;
}

type Relation = Operator | 'within' | 'between' | 'bare';

/**
 * The traditional forms (Taiwan, Hong Kong; most are Japanese too) of the simplified characters in this grammar's
 * Chinese words: `準確率約為 93%` is read as `准确率约为 93%` is, the name kept as written.
 */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  '约約为為内內准準确確损損误誤测測试試于於个個时時间間迟遲数數标標达達应應该該当當与與将將会會过過显顯奖獎励勵报報错錯码碼'
    .match(/../gu)!
    .map((pair) => [...pair]),
);

/** Words with their traditional forms beside them. */
function withTraditional(words: readonly string[]): string[] {
  const traditional = words.map((word) => [...word].map((char) => TRADITIONAL[char] ?? char).join(''));
  return [...new Set([...words, ...traditional])];
}

/** Comparisons in words and signs, longest first within each; matched case-insensitively before the number. */
const RELATIONS: Array<[Relation, string[]]> = [
  [
    '<=',
    [
      '<=',
      '=<',
      '≤',
      'at most',
      'no more than',
      'not more than',
      'no greater than',
      'not greater than',
      'no higher than',
      'not higher than',
      'no larger than',
      'not exceeding',
      'does not exceed',
      'should not exceed',
      '小于或等于',
      '小于等于',
      '不超过',
      '不高于',
      '不大于',
      '至多',
      '最多',
    ],
  ],
  [
    '>=',
    [
      '>=',
      '=>',
      '≥',
      'at least',
      'no less than',
      'not less than',
      'no lower than',
      'not lower than',
      'no fewer than',
      '大于或等于',
      '大于等于',
      '不低于',
      '不少于',
      '不小于',
      '至少',
      '最少',
    ],
  ],
  ['<', ['<', 'less than', 'lower than', 'smaller than', 'fewer than', 'below', 'under', '低于', '小于', '少于']],
  ['>', ['>', 'greater than', 'more than', 'higher than', 'larger than', 'above', 'exceeds', 'exceeding', 'over', '高于', '大于', '超过', '多于']],
  [
    '≈',
    [
      '≈',
      '~=',
      '~',
      'approximately',
      'approx.',
      'approx',
      'about',
      'around',
      'roughly',
      'circa',
      'ca.',
      'nearly',
      'close to',
      '约为',
      '大约',
      '大概',
      '接近',
      '约',
      // Korean: approximately.
      '약',
    ],
  ],
  ['=', ['==', '=', 'equals', 'equal to', '等于']],
  ['within', ['within', '在']],
  ['between', ['between', '介于']],
];

/** Words that may stand between a name and its comparison or value: "accuracy should be at least", "loss of ~2.85". */
const FILLERS = withTraditional([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'should',
  'must',
  'will',
  'would',
  'shall',
  'to',
  'of',
  'reach',
  'reaches',
  'reached',
  'achieve',
  'achieves',
  'achieved',
  'get',
  'gets',
  'got',
  'yield',
  'yields',
  'stay',
  'stays',
  'remain',
  'remains',
  'expected',
  'value',
  '应该',
  '应当',
  '需要',
  '应',
  '需',
  '要',
  '将',
  '会',
  '能',
  '可',
  '为',
  '是',
  '达到',
  '保持',
  '的值',
  // (Japanese and Korean: the topic and subject particles.)
  'は',
  'が',
  '는',
  '은',
  '가',
  '이',
]);
/** Of the fillers, those that state a value by themselves: "accuracy: 0.93", "accuracy is 0.93", "准确率为0.93". */
const BARE_MARKERS = new Set(
  withTraditional([':', 'is', 'are', 'was', 'were', 'of', 'reaches', 'reached', 'achieves', 'achieved', 'gets', 'got', 'yields', '为', '是', '达到']),
);

/** Words naming what is measured: a name holding one of them (or a CJK one) names a result. */
const METRIC_WORDS = new Set(
  (
    'loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map ' +
    'wer cer top1 top5 iou miou dice r2 likelihood nll elbo kl entropy latency throughput time runtime speed fps memory mem ap ap50 ap75 em ' +
    'rmsd correlation pearson spearman kappa ndcg mrr hit hits coverage bpd bits ece brier meteor chrf cider spice lpips'
  ).split(' '),
);
const CJK_METRIC = new RegExp(
  [
    ...withTraditional(
      '损失|准确率|正确率|精度|精确率|召回率|误差|得分|分数|困惑度|指标|耗时|时间|延迟|吞吐|显存|内存|速度|奖励|回报|相似度|误码率|错误率|成功率|命中率'.split(
        '|',
      ),
    ),
    // Japanese: accuracy, precision, recall.
    '正解率',
    '適合率',
    '再現率',
    // Korean: accuracy, loss, error, precision, recall, score, latency.
    '정확도',
    '손실',
    '오차',
    '정밀도',
    '재현율',
    '점수',
    '지연',
    'F1',
    'AUC',
    'mAP',
  ].join('|'),
);
/** Words that describe a metric within its name: "test loss", "top-5 acc", "inference time", "mean val_loss". */
const QUALIFIERS = new Set(
  (
    'train training val valid validation dev test testing eval evaluation holdout final mean average avg median best worst peak total overall ' +
    'inference training wall gpu cpu per step epoch macro micro weighted top exact token word char character sentence box mask bbox ' +
    'zero-shot few-shot one-shot in-domain out-of-domain ood id'
  ).split(' '),
);
/** Names that a metric word before them qualifies: `F1 score`, `word error rate`, `top-1 accuracy`. */
const HEAD_NOUNS = new Set('score rate time error loss accuracy acc precision recall ratio latency throughput distance'.split(' '));
/** Words that never belong to a metric's name in prose. */
const STOPWORDS = new Set(
  (
    'the a an our its their his her this that these those we you they i and or but with for on in at by from to of into than then as ' +
    'expect expected expects expecting target targets goal should must will would shall can could may might it which where when all both ' +
    'each every some any no not is are was were be been get gets got reach reaches reached report reports reported see run runs cell cells ' +
    'model models method methods result results metric metrics value values number numbers'
  ).split(' '),
);
/** Settings are never results: `batch_size = 64`, `learning_rate = 0.001`, `seed: 42`. */
const SETTING_WORDS = new Set(
  (
    'size batch rate lr learning seed epoch epochs step steps iter iters iterations dim dims hidden depth layers layer heads head dropout ' +
    'decay momentum warmup workers worker gpus num n max min len length width height k temperature beta1 beta2 eps epsilon weight clip ' +
    'patience threads port version params parameters'
  ).split(' '),
);

const UNIT = String.raw`(?:ms|milliseconds?|µs|us|ns|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|GB|GiB|MB|MiB|KB|KiB|TB|it/s|samples/s|tokens/s|img/s|fps|FPS|dB|pp|points?|bits?|秒|毫秒|分钟|小时)`;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
/** A percent sign, or the word: `76.1%`, `99.5 percent`, `5 per cent`, `2 pct`. */
const PERCENT = String.raw`\s?%|\s+(?:percent|per\s+cent|pct)(?![\p{L}\p{N}])`;
/**
 * A number as written: `0.93`, `1.9e-2`, `5×10^-3`, `2 × 10^-2`, `76.1%`, `15 ms`. Not `0,02` (a decimal comma or
 * digit groups: which one is not for mathrepro to guess; the claim is reported as unreadable).
 */
const VALUE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\p{N}_@.\-/]|\d,)(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(${PERCENT})?(?:\s*(${UNIT})(?![\p{Script=Latin}\p{N}]))?`,
  'yu',
);
/** A tolerance after the value: `± 0.003`, `(±2%)`, `+/- 0.5`, `(within 5%)`. */
const TOLERANCE = new RegExp(
  String.raw`\s*(\()?\s*(?:±|\+/-|\+-|within)\s*(${NUMBER})(?!\d|[.,]\d)(?:\s*(?:×|x|\*|·)\s*10\s*\^\s*\(?\s*([+-]?\d+)\s*\)?)?(${PERCENT})?(?:\s*${UNIT}(?![\p{L}\p{N}]))?\s*(\))?`,
  'yu',
);
/** A tolerance written with a comma (`± 0,003`): a decimal comma or digit groups, not for mathrepro to guess. */
const COMMA_TOLERANCE = /\s*\(?\s*(?:±|\+\/-|\+-|within)\s*[+-]?\d*,\d/y;
/** A unit in brackets after a metric's name: `acc (%)`, `latency [ms]`. */
const UNIT_AFTER_NAME = /\s*[(（[]\s*(%|[A-Za-z/µ]{1,10})\s*[)）\]]\s*$/;
/** Words after a value that change its comparison: `0.93左右` (about), `0.01以内` (at most). */
const SUFFIX = /\s*(左右|上下|以内|之内|以內|之內|以下|以上|이상|이하|미만|초과)/y;
/** Marks a claim that is reported and never fails. */
const INFORMATIONAL = /^\s*[(（]\s*(?:informational|info|report only|reported only|not checked|仅报告|仅供参考)\s*[)）]/iu;
/** A gate against the pull request's base: `<= base + 2%`, `>= base - 0.005`, `>= base`. */
const BASE_RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_])base(?:line)?(?:\s*([+-]|±)\s*(${NUMBER})(\s?%)?)?(?![\p{L}\p{N}_])`, 'yiu');

interface Value {
  written: string;
  /** Decimal text of the value (`5e-3` for `5×10^-3`). */
  decimal: string;
  percent: boolean;
  unit?: string;
  end: number;
}

function valueAt(text: string, at: number): Value | undefined {
  VALUE.lastIndex = at;
  const match = VALUE.exec(text);
  if (!match) return undefined;
  const [whole, number, exponent, percent, unit] = match;
  const decimal = exponent === undefined ? number! : `${number}e${exponent}`;
  const value: Value = { written: whole.trim().replace(/\s+/g, ' '), decimal, percent: percent !== undefined, end: at + whole.length };
  if (unit !== undefined) value.unit = unit;
  return value;
}

interface Tolerance {
  decimal: string;
  percent: boolean;
  end: number;
}

function toleranceAt(text: string, at: number): Tolerance | undefined {
  TOLERANCE.lastIndex = at;
  const match = TOLERANCE.exec(text);
  if (!match) return undefined;
  const [whole, open, number, exponent, percent, close] = match;
  // A parenthesis opened must close: `(±2%)`; `± 2%` needs none.
  if ((open === undefined) !== (close === undefined)) {
    if (open !== undefined) return undefined;
    return { decimal: exponent === undefined ? number! : `${number}e${exponent}`, percent: percent !== undefined, end: at + whole.length - 1 };
  }
  return { decimal: exponent === undefined ? number! : `${number}e${exponent}`, percent: percent !== undefined, end: at + whole.length };
}

/** The relation phrases, longest first, as one search ending at a place (case-insensitive for words). */
/** (In their traditional forms too.) */
const RELATION_LIST: Array<[string, Relation]> = RELATIONS.flatMap(([relation, words]) =>
  withTraditional(words).map((word): [string, Relation] => [word, relation]),
).sort((a, b) => b[0].length - a[0].length);

/** The last characters of the relation phrases: a quick no for most places (a number after a word or a space). */
const RELATION_ENDINGS = new Set(RELATION_LIST.map(([word]) => word[word.length - 1]!.toLowerCase()));

/** The relation written just before `end` (spaces skipped), or undefined. */
function relationBefore(text: string, end: number): { relation: Relation; start: number; word: string } | undefined {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (!RELATION_ENDINGS.has(text[at - 1]?.toLowerCase() ?? '')) return undefined;
  const lower = text.slice(Math.max(0, at - 24), at).toLowerCase();
  for (const [word, relation] of RELATION_LIST) {
    if (!lower.endsWith(word)) continue;
    const start = at - word.length;
    // A word is whole: `about` not the end of `roundabout`; a sign may touch anything.
    if (/^[a-z]/.test(word) && /[\p{L}\p{N}_]/u.test(text[start - 1] ?? '')) continue;
    // `=` in prose is a setting when written tight (`batch_size=32`); `~` right after a letter is a path (`~/x`).
    return { relation, start, word };
  }
  return undefined;
}

const FILLER_LIST = [...FILLERS].sort((a, b) => b.length - a.length);
const FILLER_ENDINGS = new Set(FILLER_LIST.map((word) => word[word.length - 1]!));

/** Skips fillers and colons before `end`; tells whether one of them states a value (a bare marker). */
function skipFillers(text: string, end: number): { at: number; bare: boolean } {
  let at = end;
  let bare = false;
  for (;;) {
    let k = at;
    while (k > 0 && /[\s,，]/.test(text[k - 1]!)) k--;
    if (text[k - 1] === ':' || text[k - 1] === '：') {
      bare = true;
      at = k - 1;
      continue;
    }
    if (!FILLER_ENDINGS.has(text[k - 1]?.toLowerCase() ?? '')) return { at: k, bare };
    const lower = text.slice(Math.max(0, k - 8), k).toLowerCase();
    const filler = FILLER_LIST.find((word) => lower.endsWith(word) && (!/^[a-z]/.test(word) || !/[\p{L}\p{N}_]/u.test(text[k - word.length - 1] ?? '')));
    if (!filler) return { at: k, bare };
    if (BARE_MARKERS.has(filler)) bare = true;
    at = k - filler.length;
  }
}

/** The characters of a name written in Chinese, Japanese (katakana) or Korean (Hangul). */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7af]/;
/** A word of a name written in an alphabet (Latin, Greek, Cyrillic, Arabic…), at the end of a text; CJK names are read apart. */
const TOKEN =
  /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}_.@/+'-])*$/u;

export interface Name {
  name: string;
  start: number;
}

/**
 * The metric's name that ends at `end`: in Chinese the run of CJK characters after the last particle (`模型的准确率`
 * → 准确率); else the nearest word and the words before it that describe a metric (`top-5 acc`, `test loss`,
 * `inference time`); for a whole line, every word before the comparison that is not a stop word.
 */
function nameBefore(text: string, end: number, whole: boolean): Name | undefined {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (at === 0) return undefined;
  if (CJK.test(text[at - 1]!)) {
    let start = at;
    while (start > 0 && (CJK.test(text[start - 1]!) || /[A-Za-z0-9_@\-.]/.test(text[start - 1]!))) start--;
    let name = text.slice(start, at);
    // The metric is what follows the last particle: 模型在测试集上的准确率 → 准确率.
    const particle = Math.max(...['的', '上', '中', '在', 'の', '의'].map((mark) => name.lastIndexOf(mark)));
    if (particle >= 0 && particle < name.length - 1) {
      start += particle + 1;
      name = name.slice(particle + 1);
    }
    return name ? { name, start } : undefined;
  }
  const words: Name[] = [];
  let k = at;
  while (k > 0 && words.length < 6) {
    const match = TOKEN.exec(text.slice(Math.max(0, k - 64), k));
    if (!match) break;
    const word = match[0].replace(/[.'-]+$/, '');
    const start = k - match[0].length;
    // A name starts with a letter: `2 points`, `8XA100` are quantities, not names.
    if (!word || /'/.test(word) || /^[\d+]/.test(word)) break;
    const lower = word.toLowerCase();
    if (words.length > 0 && (STOPWORDS.has(lower) || (!whole && !QUALIFIERS.has(lower) && !isMetricLike(word) && !/^top-?\d+$/i.test(word)))) break;
    // A metric word before a metric's name starts another name (`F1 score f1`), unless the name is a head noun
    // that such a word qualifies (`F1 score`, `error rate`, `BLEU score`).
    if (words.length > 0 && !QUALIFIERS.has(lower) && namesAResult(word) && !HEAD_NOUNS.has(words[0]!.name.toLowerCase())) break;
    if (words.length === 0 && STOPWORDS.has(lower)) return undefined;
    words.unshift({ name: word, start });
    k = start;
    // Words of one name are separated by a single space.
    if (text[k - 1] !== ' ' || !/[\p{L}\p{N}]/u.test(text[k - 2] ?? '')) break;
    k--;
  }
  while (words.length > 1 && STOPWORDS.has(words[0]!.name.toLowerCase())) words.shift();
  if (words.length === 0) return undefined;
  const name = { name: words.map((w) => w.name).join(' '), start: words[0]!.start };
  // "test accuracy on CIFAR-10 ≥ 93%": the dataset after `on` is context; the metric is named before it.
  const preposition = /(?:^|\s)(on|for|in|at|over|across|using|with)\s$/i.exec(text.slice(Math.max(0, name.start - 12), name.start));
  if (preposition && !namesAResult(name.name)) {
    const context = nameBefore(text, name.start - preposition[0].length, whole);
    if (context && namesAResult(context.name)) return context;
  }
  return name;
}

/** The words of a metric's name, lower case: `Test_Accuracy@1` is test, accuracy, 1. */
export function nameParts(name: string): string[] {
  return name.toLowerCase().split(/[\s_.@/-]+/);
}

/** Whether a name is written like a metric: a metric word in it, or a CJK metric. Settings are not. */
export function namesAResult(name: string): boolean {
  if (CJK_METRIC.test(name)) return true;
  const parts = nameParts(name);
  if (parts.some((part) => SETTING_WORDS.has(part)) && !parts.some((part) => METRIC_WORDS.has(part) && part !== 'is')) return false;
  // (`top-1` and `top-5` are split at their hyphen: the metric is the pair.)
  if (/(?:^|[\s_.@/])top-\d+(?![\p{L}\p{N}])/iu.test(name)) return true;
  return parts.some((part) => (METRIC_WORDS.has(part) && part !== 'is') || /^(?:top\d+|acc\d+|f\d|ap\d+|r@\d+|p@\d+)$/.test(part));
}

/** A name written like an identifier (`final_metric`, `eval.acc`, `top1`): it might name a result. */
function isMetricLike(name: string): boolean {
  if (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) && name.length > 3 && /_/.test(name)) return false; // NCCL_IB_DISABLE
  return namesAResult(name) || /[_.\d@]/.test(name);
}

/**
 * Every claim in `written` (a paragraph, a list item, a line, a cell), read or reported. Offsets are those of
 * `written`.
 */
export function readClaims(written: string, options: ReadOptions = {}): Found[] {
  const { text, offsets } = readableClaimText(written);
  const whole = options.whole === true;
  const found: Found[] = [];
  /** What a claim was read from: the characters no other reading takes. */
  const used = new Uint8Array(text.length + 1);
  const isUsed = (at: number) => used[at] === 1;
  const use = (start: number, end: number) => used.fill(1, start, end);
  const place = (start: number, end: number) => ({ start: offsets[start]!, end: offsets[Math.min(end, offsets.length - 1)]! });

  for (let at = 0; at < text.length; at++) {
    if (isUsed(at)) continue;
    const value = valueAt(text, at);
    if (!value) continue;
    const claim = claimAround(text, at, value, whole);
    if (!claim) {
      at = value.end - 1;
      continue;
    }
    for (const read of claim.read) found.push({ expectation: read, ...(claim.unread ? { unread: true } : {}), ...place(claim.start, claim.end) });
    use(claim.start, claim.end);
    at = claim.end - 1;
  }
  // Base-relative gates have no number of their own: `test_loss <= base + 2%`.
  for (const gate of gates(text, whole)) {
    if (isUsed(gate.start)) continue;
    found.push({ expectation: gate.expectation, ...place(gate.start, gate.end) });
    use(gate.start, gate.end);
  }
  // What is left that pairs a metric's name, a comparison and a number is a claim that could not be read.
  const quoted = (start: number, end: number) => (options.original ?? written).slice(offsets[start]!, offsets[Math.min(end, offsets.length - 1)]!);
  for (const unread of unreadClaims(text, used, whole, quoted))
    found.push({ expectation: unread.expectation, unread: true, ...place(unread.start, unread.end) });
  return found.sort((a, b) => a.start - b.start);
}

interface Claim {
  read: Expectation[];
  unread?: boolean;
  start: number;
  end: number;
}

/** The claim a number at `at` is the value of, if it is one: the relation and name before it, what follows it. */
function claimAround(text: string, at: number, value: Value, whole: boolean): Claim | undefined {
  // A range with the name between its bounds: `0.84 <= accuracy <= 0.88`.
  const range = rangeAround(text, at, value, whole);
  if (range) return range;
  const relationInfo = relationBefore(text, at);
  // "achieves 93.2% accuracy": a verb of attainment, the value, then the metric's name.
  const attained = attainedClaim(text, at, value, relationInfo);
  if (attained) return attained;
  // Without a comparison, a value stands alone after its name ("accuracy: 0.93", "准确率0.93左右").
  const bare = relationInfo === undefined;
  // Fillers may stand before the relation ("should be at least") or instead of one ("is", ":", "为").
  const skipped = skipFillers(text, relationInfo ? relationInfo.start : at);
  if (bare) {
    SUFFIX.lastIndex = value.end;
    const marked = skipped.bare || value.percent || SUFFIX.test(text) || /^\s*[(（]?\s*(?:±|\+\/-|\+-)/.test(text.slice(value.end, value.end + 4));
    if (!marked) return undefined;
  }
  let nameEnd = skipped.at;
  // A unit written after the name: `acc (%) ≥ 76`, `latency [ms] < 15`.
  const unitAfterName = UNIT_AFTER_NAME.exec(text.slice(Math.max(0, nameEnd - 16), nameEnd));
  if (unitAfterName) {
    nameEnd -= unitAfterName[0].length;
    if (unitAfterName[1] === '%' && !value.percent) {
      value.percent = true;
      value.written += '%';
    } else value.unit ??= unitAfterName[1]!;
  }
  const name = nameBefore(text, nameEnd, whole);
  if (!name) return undefined;
  const relation: Relation = relationInfo?.relation ?? 'bare';
  // `=` in prose wants spaces round it (`batch_size=32` is a setting) and a name that names a result.
  if (relationInfo && relation === '=' && !whole) {
    const before = text[relationInfo.start - 1] ?? ' ';
    const after = text[relationInfo.start + relationInfo.word.length] ?? ' ';
    if (!/\s/.test(before) || !/\s/.test(after)) return undefined;
  }
  if (!namesAResult(name.name)) {
    // In prose only a metric's name makes a claim: "batch size of about 64" is none, `delta > -0.01` on its own
    // line is one. An identifier with a comparison (`final_metric > 0.5`) is read too; on a line of its own, a bare
    // value only after a colon or with a percent.
    if (!whole && (bare || relation === '=' || !isMetricLike(name.name))) return undefined;
    if (whole && bare && !skipped.bare && !value.percent) return undefined;
  }

  let end = value.end;
  let op: Operator;
  let numberText = value.decimal;
  let percent = value.percent;
  let tolerance: { decimal: string; percent: boolean } | undefined;
  let expected = '';
  if (relation === 'within') {
    // "within 5% of 27.5": 27.5 ± 5 %; "within 0.01" alone: at most 0.01; "在 0.01 以内": at most 0.01.
    const of = /\s*(?:of|of the|from)\s+/iy;
    of.lastIndex = value.end;
    const center = of.exec(text) ? valueAt(text, of.lastIndex) : undefined;
    if (center) {
      op = '=';
      tolerance = { decimal: value.decimal, percent: value.percent };
      numberText = center.decimal;
      percent = center.percent;
      end = center.end;
      expected = `within ${value.written} of ${center.written}`;
    } else {
      op = '<=';
    }
  } else if (relation === 'between') {
    const and = /\s*(?:and|to|和|与|到|至|-)\s*/iy;
    and.lastIndex = value.end;
    const upper = and.exec(text) ? valueAt(text, and.lastIndex) : undefined;
    if (!upper) {
      return {
        read: [unreadable(name.name, text.slice(name.start, value.end + 12).trim(), 'a range needs both ends: between A and B')],
        unread: true,
        start: name.start,
        end: value.end,
      };
    }
    let rangeEnd = upper.end;
    const closing = /\s*之间/y;
    closing.lastIndex = rangeEnd;
    if (closing.exec(text)) rangeEnd = closing.lastIndex;
    return {
      read: [
        build(name.name, '>=', value.decimal, undefined, undefined, value.percent, { written: `>= ${value.written}`, unit: value.unit }),
        build(name.name, '<=', upper.decimal, undefined, undefined, upper.percent, { written: `<= ${upper.written}`, unit: upper.unit ?? value.unit }),
      ],
      start: name.start,
      end: rangeEnd,
    };
  } else {
    op = relation === 'bare' ? '=' : relation;
  }
  COMMA_TOLERANCE.lastIndex = end;
  if (COMMA_TOLERANCE.test(text)) {
    const tail = /[\d,.%\s]*/y;
    tail.lastIndex = COMMA_TOLERANCE.lastIndex;
    tail.exec(text);
    const claim = text.slice(name.start, tail.lastIndex).trim();
    return {
      read: [unreadable(name.name, claim, 'the tolerance is written with a comma: a decimal comma or digit groups, write it with a point')],
      unread: true,
      start: name.start,
      end: tail.lastIndex,
    };
  }
  const written = toleranceAt(text, end);
  if (written) {
    tolerance = { decimal: written.decimal, percent: written.percent };
    end = written.end;
  }
  SUFFIX.lastIndex = end;
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    const word = suffix[1]!;
    if (word === '左右' || word === '上下') op = '≈';
    else if (word === '以内' || word === '之内' || word === '以內' || word === '之內' || word === '以下') op = op === '<' ? '<' : '<=';
    else if (word === '以上' || word === '이상') op = '>=';
    // Korean: at most, less than, more than.
    else if (word === '이하') op = op === '<' ? '<' : '<=';
    else if (word === '미만') op = '<';
    else if (word === '초과') op = '>';
    end = SUFFIX.lastIndex;
  }
  const informational = INFORMATIONAL.exec(text.slice(end));
  if (informational) end += informational[0].length;
  if (!expected) {
    const sign = relation === 'bare' && op === '=' ? '' : `${op} `;
    expected = `${sign}${value.written}${tolerance ? ` ± ${tolerance.decimal}${tolerance.percent ? '%' : ''}` : ''}`;
    if (relation === 'within') expected = `<= ${value.written}`;
  }
  const expectation = build(name.name, op, numberText, tolerance?.decimal, tolerance?.percent ? '%' : undefined, percent, {
    written: expected,
    unit: value.unit,
    bare: relation === 'bare' || op === '≈' || op === '=',
  });
  if (informational) expectation.informational = true;
  return { read: [expectation], start: name.start, end };
}

/** Verbs that say a result was attained, before its value: "achieves 93.2% accuracy", "reaches at least 27 BLEU". */
const ATTAINED =
  /(?:^|[^\p{L}])(achieve[sd]?|achieving|reach(?:es|ed|ing)?|gets?|got|obtain(?:s|ed|ing)?|yield(?:s|ed|ing)?|attain(?:s|ed|ing)?|scores?|scored)\s+(?:an?\s+|the\s+)?$/iu;

/**
 * A claim written value first, the metric's name after it, after a verb of attainment ("the model achieves 93.2%
 * accuracy", "reaches at least 27.5 BLEU", "obtains 76.1 ± 0.2 top-1 accuracy"): NAME ≈ VALUE to the precision
 * written, or with the comparison written. Undefined when the text is not so.
 */
function attainedClaim(text: string, at: number, value: Value, relationInfo: { relation: Relation; start: number } | undefined): Claim | undefined {
  if (relationInfo && (relationInfo.relation === 'within' || relationInfo.relation === 'between')) return undefined;
  const before = relationInfo ? relationInfo.start : at;
  const verb = ATTAINED.exec(text.slice(Math.max(0, before - 32), before));
  if (!verb) return undefined;
  let end = value.end;
  const tolerance = toleranceAt(text, end);
  if (tolerance) end = tolerance.end;
  const name = nameAfter(text, end);
  if (!name) return undefined;
  const op: Operator = relationInfo ? (relationInfo.relation as Operator) : '=';
  const sign = relationInfo ? `${op} ` : '';
  const written = `${sign}${value.written}${tolerance ? ` ± ${tolerance.decimal}${tolerance.percent ? '%' : ''}` : ''}`;
  const expectation = build(name.name, op, value.decimal, tolerance?.decimal, tolerance?.percent ? '%' : undefined, value.percent, {
    written,
    unit: value.unit,
    bare: op === '=' || op === '≈',
  });
  return { read: [expectation], start: before - verb[0].length + (verb[0].length - verb[0].trimStart().length), end: name.end };
}

/** The metric's name right after `from` ("accuracy", "top-1 accuracy", "BLEU score"): its words up to the last that names a result. */
function nameAfter(text: string, from: number): { name: string; end: number } | undefined {
  const words = /^\s*([\p{L}][\p{L}\p{N}_@.-]*)(?:\s([\p{L}][\p{L}\p{N}_@.-]*))?(?:\s([\p{L}][\p{L}\p{N}_@.-]*))?/u.exec(text.slice(from, from + 80));
  if (!words) return undefined;
  const found = words.slice(1).filter((word): word is string => word !== undefined);
  for (let count = found.length; count > 0; count--) {
    const last = found[count - 1]!.replace(/[.-]+$/, '');
    if (!namesAResult(last) || STOPWORDS.has(last.toLowerCase())) continue;
    const name = [...found.slice(0, count - 1), last].join(' ');
    return { name, end: from + words[0].indexOf(found[0]!) + name.length };
  }
  return undefined;
}

const RANGE_OPERATORS: Record<string, Operator> = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=' };
const REVERSED: Record<Operator, Operator> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '≈': '≈' };

/** `0.84 <= accuracy <= 0.88` or `0.88 >= acc >= 0.84`, the first number at `at`: two expectations. */
function rangeAround(text: string, at: number, value: Value, whole: boolean): Claim | undefined {
  const pattern = /\s*(<=|>=|≤|≥|<|>)\s*([\p{L}_][\p{L}\p{N}_.@-]*(?: [\p{L}_][\p{L}\p{N}_.@-]*){0,3})\s*(<=|>=|≤|≥|<|>)\s*/uy;
  pattern.lastIndex = value.end;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const first = RANGE_OPERATORS[match[1]!]!;
  const second = RANGE_OPERATORS[match[3]!]!;
  const up = (op: Operator) => op === '<' || op === '<=';
  if (up(first) !== up(second)) return undefined;
  const upper = valueAt(text, pattern.lastIndex);
  const name = match[2]!;
  if (!upper || (!whole && !isMetricLike(name))) return undefined;
  return {
    read: [
      build(name, REVERSED[first], value.decimal, undefined, undefined, value.percent, { written: `${REVERSED[first]} ${value.written}` }),
      build(name, second, upper.decimal, undefined, undefined, upper.percent, { written: `${second} ${upper.written}` }),
    ],
    start: at,
    end: upper.end,
  };
}

/** Gates against the base: `test_loss <= base + 2%` (at most 2 % above the base's value), `accuracy >= base`. */
function gates(text: string, whole: boolean): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('base'); at >= 0; at = text.indexOf('base', at + 4)) {
    BASE_RELATIVE.lastIndex = at;
    const match = BASE_RELATIVE.exec(text);
    if (!match) continue;
    const relation = relationBefore(text, at);
    if (!relation || !(relation.relation in RANGE_OPERATORS || relation.relation === '<=' || relation.relation === '>=')) continue;
    const name = nameBefore(text, skipFillers(text, relation.start).at, whole);
    if (!name || (!whole && !isMetricLike(name.name))) continue;
    const op = relation.relation as Operator;
    const [, sign, amount, percent] = match;
    let end = at + match[0].length;
    const informational = INFORMATIONAL.exec(text.slice(end));
    if (informational) end += informational[0].length;
    const written = `${op} base${sign ? ` ${sign} ${amount}${percent ? '%' : ''}` : ''}`;
    const expectation: Expectation = {
      metric: name.name,
      op,
      value: Number.NaN,
      expected: written,
      relativeToBase: { sign: (sign ?? '+') as '+' | '-' | '±', amount: amount ?? '0', percent: percent !== undefined },
    };
    if (informational) expectation.informational = true;
    found.push({ expectation, start: name.start, end });
  }
  return found;
}

/** A word of a script other than Latin or CJK before a comparison sign and a number (`точность ≥ 0.9`, `الدقة ≥ 0.9`). */
const OTHER_SCRIPT_SIGN =
  /((?:\p{Script=Cyrillic}|\p{Script=Greek}|\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Devanagari}|\p{Script=Thai}|\p{Script=Armenian}|\p{Script=Georgian}|\p{M})+)\s*(?:<=|>=|≤|≥|<|>|≈)\s*[+-]?(?:\d|\.\d)/u;

const CLAIM_MARK =
  /<=|>=|≤|≥|<|>|≈|~|±|%|=|\b(?:approximately|approx|about|around|roughly|nearly|at least|at most|no more than|no less than|within|between|less than|more than|greater than|lower than|higher than|below|above|under|over|exceeds?)\b|约|大约|大概|左右|不低于|不超过|至少|至多|以内|低于|高于|小于|大于|超过|介于|約|大約|不低於|不超過|以內|低於|高於|小於|大於|超過|介於|약|이상|이하|미만|초과/iu;

/**
 * Claims left unread: a stretch holding a metric's name, a comparison or approximation, and a number that no
 * expectation was read from. One per sentence, as an expectation that cannot be checked, with what was seen.
 */
function unreadClaims(text: string, used: Uint8Array, whole: boolean, quoted: (start: number, end: number) => string): Found[] {
  const claims: Found[] = [];
  // Sentences (and clauses between semicolons) are judged one at a time.
  const pieces = /[^.;。；!?！？\n]+(?:\.(?=\d)[^.;。；!?！？\n]*)*/g;
  for (const piece of text.matchAll(pieces)) {
    const start = piece.index;
    const end = start + piece[0].length;
    // Blank what was read, and what is not a claim's number (`In[12]`, `top-5`, `F1`, `acc@1`).
    let rest = '';
    for (let k = start; k < end; k++) rest += used[k] === 1 ? ' ' : text[k];
    rest = rest.replace(/\bIn\s?\[\s*\d+\s*\]/g, (m) => ' '.repeat(m.length));
    const number = /(?<![\p{Script=Latin}\p{N}_@.\-/[])[+-]?(?:\d+(?:\.\d+)?|\.\d+)/u.exec(rest);
    if (!number || !CLAIM_MARK.test(rest)) continue;
    const words = rest.match(/[\p{L}_][\p{L}\p{N}_.@-]*|[\u3400-\u9fff]+/gu) ?? [];
    // A word in a script the grammar has no metric words for, right before a sign and a number, is a name too:
    // `точность ≥ 0.9` is a claim mathrepro cannot read, not prose.
    const signed = OTHER_SCRIPT_SIGN.exec(rest)?.[1];
    const metric = words.find((word) => namesAResult(word) || CJK_METRIC.test(word)) ?? signed;
    if (!metric && !(whole && words.some((word) => isMetricLike(word) && !/^\d/.test(word)))) continue;
    // Settings and commands stay quiet: `batch_size = 64`, `--lr 0.001`.
    const name = metric ?? words.find((word) => isMetricLike(word))!;
    if (!namesAResult(name) && /[_]/.test(name) && SETTING_WORDS.has(name.toLowerCase().split('_').pop()!)) continue;
    const shown = quoted(start, end).trim().replace(/\s+/g, ' ');
    claims.push({
      expectation: unreadable(name, shown.length > 80 ? `${shown.slice(0, 79)}…` : shown),
      start: start + (piece[0].length - piece[0].trimStart().length),
      end,
    });
  }
  return claims;
}

function unreadable(metric: string, written: string, why?: string): Expectation {
  // A list item's marker is no part of what was written.
  const shown = written.replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '');
  return {
    unread: true,
    metric,
    op: '=',
    value: Number.NaN,
    expected: shown,
    problem: `'${shown}' reads like a claim about ${metric} but mathrepro cannot read it${why ? ` (${why})` : ''}: write NAME OP VALUE [± TOL], e.g. ${metric} >= 0.9, ${metric} ≈ 0.93 ± 0.01 or ${metric} < 0.02`,
  };
}

/**
 * A whole text that is one expectation (a code span, a YAML entry), or undefined. With `=` or a bare value, a
 * name that does not name a result is a setting (`m = 1`), unless `explicit` (a YAML expect list says it is one).
 */
export function parseExpectation(written: string, explicit = false): Expectation | undefined {
  const claims = readClaims(written, { whole: true });
  if (claims.length === 0 || claims.some((claim) => claim.unread)) return undefined;
  const first = claims[0]!;
  // The whole text must be the claim (a range's two bounds are one): a command or a sentence is not one.
  if (claims.some((claim) => claim.start !== first.start || claim.end !== first.end)) return undefined;
  if (
    written.slice(0, first.start).trim() !== '' ||
    written
      .slice(first.end)
      .replace(/[.;,]\s*$/, '')
      .trim() !== ''
  )
    return undefined;
  const expectation = first.expectation;
  if (!explicit && (expectation.op === '=' || expectation.op === '≈') && !expectation.tolerance && !namesAResult(expectation.metric) && !/[≈~]/.test(written)) {
    return undefined;
  }
  return expectation;
}

/** A metric's name and what is expected of it, written apart (a table row, a YAML mapping): `>= 0.9`, `0.93`. */
export function parseExpected(metric: string, writtenExpected: string): Expectation | undefined {
  const name = readableClaimText(metric).text.trim();
  if (!name) return undefined;
  const read = readClaims(`${name}: ${writtenExpected}`, { whole: true }).filter((claim) => !claim.unread);
  const expectation = read.find((claim) => claim.expectation.metric === name)?.expectation;
  if (expectation) return expectation;
  // The name as written may be more than the grammar takes as a name (`Test accuracy (%)`): the whole cell is it,
  // and a unit after it the value's (`Accuracy (%)` over `99.7 ± 0.5`: 99.7 %).
  const unit = UNIT_AFTER_NAME.exec(name);
  const bare = readClaims(`x${unit ? ` ${unit[0].trim()}` : ''}: ${writtenExpected}`, { whole: true }).filter(
    (claim) => !claim.unread && claim.expectation.metric === 'x',
  );
  if (bare.length === 0) return undefined;
  const found = bare[0]!.expectation;
  found.metric = unit ? name.slice(0, unit.index) : name;
  return found;
}

/**
 * `NAME = VALUE` in prose that is neither plainly a result (`test_loss = 0.1`) nor plainly a setting
 * (`batch_size = 64`): `final_metric = 0.5`. It is not guessed; the caller reports it.
 */
export function ambiguousAssignments(written: string): Array<{ name: string; start: number; text: string }> {
  const { text, offsets } = readableClaimText(written);
  const found: Array<{ name: string; start: number; text: string }> = [];
  const pattern =
    /(?<![\w.\-/$\\])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s+==?\s+([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![\w.]\d)(?!\s*(?:±|\+\/-|\+-))/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!;
    if (!isMetricLike(name) || namesAResult(name)) continue;
    if (
      name
        .toLowerCase()
        .split(/[_.]/)
        .some((part) => SETTING_WORDS.has(part))
    )
      continue;
    found.push({ name, start: offsets[match.index]!, text: match[0].trim() });
  }
  return found;
}
