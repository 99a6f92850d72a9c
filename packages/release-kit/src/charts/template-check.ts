// A structural check of a chart's Go templates for when no helm binary is at hand: the actions lex as
// text/template lexes them, blocks open and close, and every function named exists in helm's
// template function map. It renders nothing, so it cannot see a nil value or a `required` that fails;
// `helm template` can. Written by hand because no npm package reads Go's template grammar.

/** A template problem: the file (relative to the chart root, with subchart prefixes) and line. */
export interface TemplateProblem {
  file: string;
  line: number;
  message: string;
}

/** A template file as the check takes it: its path for messages and its text. */
export interface TemplateSource {
  file: string;
  text: string;
}

export interface TemplateCheckResult {
  /** Problems helm's template parser would refuse the chart for. */
  errors: TemplateProblem[];
  /** `include`/`template` of a name no template defines: fatal in helm only if the call is reached. */
  warnings: TemplateProblem[];
  /** Actions read, for the log line. */
  actions: number;
}

// Go's text/template builtins (text/template/funcs.go).
// prettier-ignore
const GO_BUILTINS = [
  'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
  'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];
// Masterminds/sprig v3.3.0's TxtFuncMap (functions.go genericMap), which helm uses without env and expandenv.
// prettier-ignore
const SPRIG = [
  'abbrev', 'abbrevboth', 'add', 'add1', 'add1f', 'addf', 'adler32sum', 'ago', 'all', 'any', 'append', 'atoi',
  'b32dec', 'b32enc', 'b64dec', 'b64enc', 'base', 'bcrypt', 'biggest', 'buildCustomCert', 'camelcase', 'cat', 'ceil',
  'chunk', 'clean', 'coalesce', 'compact', 'concat', 'contains', 'date', 'dateInZone', 'dateModify', 'date_in_zone',
  'date_modify', 'decryptAES', 'deepCopy', 'deepEqual', 'default', 'derivePassword', 'dict', 'dig', 'dir', 'div',
  'divf', 'duration', 'durationRound', 'empty', 'encryptAES', 'ext', 'fail', 'first', 'float64', 'floor', 'fromJson',
  'genCA', 'genCAWithKey', 'genPrivateKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey', 'genSignedCert',
  'genSignedCertWithKey', 'get', 'getHostByName', 'has', 'hasKey', 'hasPrefix', 'hasSuffix', 'hello', 'htmlDate',
  'htmlDateInZone', 'htpasswd', 'indent', 'initial', 'initials', 'int', 'int64', 'isAbs', 'join', 'kebabcase', 'keys',
  'kindIs', 'kindOf', 'last', 'list', 'lower', 'max', 'maxf', 'merge', 'mergeOverwrite', 'min', 'minf', 'mod', 'mul',
  'mulf', 'mustAppend', 'mustChunk', 'mustCompact', 'mustDateModify', 'mustDeepCopy', 'mustFirst', 'mustFromJson',
  'mustHas', 'mustInitial', 'mustLast', 'mustMerge', 'mustMergeOverwrite', 'mustPrepend', 'mustRegexFind',
  'mustRegexFindAll', 'mustRegexMatch', 'mustRegexReplaceAll', 'mustRegexReplaceAllLiteral', 'mustRegexSplit',
  'mustRest', 'mustReverse', 'mustSlice', 'mustToDate', 'mustToJson', 'mustToPrettyJson', 'mustToRawJson', 'mustUniq',
  'mustWithout', 'must_date_modify', 'nindent', 'nospace', 'now', 'omit', 'osBase', 'osClean', 'osDir', 'osExt',
  'osIsAbs', 'pick', 'pluck', 'plural', 'prepend', 'quote', 'randAlpha', 'randAlphaNum', 'randAscii', 'randBytes',
  'randInt', 'randNumeric', 'regexFind', 'regexFindAll', 'regexMatch', 'regexQuoteMeta', 'regexReplaceAll',
  'regexReplaceAllLiteral', 'regexSplit', 'repeat', 'replace', 'rest', 'reverse', 'round', 'semver', 'semverCompare',
  'seq', 'set', 'sha1sum', 'sha256sum', 'sha512sum', 'shuffle', 'slice', 'snakecase', 'sortAlpha', 'split',
  'splitList', 'splitn', 'squote', 'sub', 'subf', 'substr', 'swapcase', 'ternary', 'title', 'toDate', 'toDecimal',
  'toJson', 'toPrettyJson', 'toRawJson', 'toString', 'toStrings', 'trim', 'trimAll', 'trimPrefix', 'trimSuffix',
  'trimall', 'trunc', 'tuple', 'typeIs', 'typeIsLike', 'typeOf', 'uniq', 'unixEpoch', 'unset', 'until', 'untilStep',
  'untitle', 'upper', 'urlJoin', 'urlParse', 'uuidv4', 'values', 'without', 'wrap', 'wrapWith',
];
// helm's own (pkg/engine funcs.go and engine.go), helm 3 and 4; the duration helpers are helm 4's.
// prettier-ignore
const HELM_EXTRAS = [
  'toToml', 'mustToToml', 'fromToml', 'toYaml', 'mustToYaml', 'toYamlPretty', 'fromYaml', 'fromYamlArray', 'toJson',
  'mustToJson', 'fromJson', 'fromJsonArray', 'include', 'tpl', 'required', 'lookup', 'fail', 'getHostByName',
  'mustToDuration', 'durationSeconds', 'durationMilliseconds', 'durationMicroseconds', 'durationNanoseconds',
  'durationMinutes', 'durationHours', 'durationDays', 'durationWeeks', 'durationRoundTo', 'durationTruncateTo',
];

/** Every function a helm chart template may call. */
export const HELM_TEMPLATE_FUNCTIONS: ReadonlySet<string> = new Set([...GO_BUILTINS, ...SPRIG, ...HELM_EXTRAS]);

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const LITERAL_WORDS = new Set(['true', 'false', 'nil']);
const OPENERS = new Set(['if', 'range', 'with', 'define', 'block']);

interface Token {
  kind: 'word' | 'field' | 'variable' | 'string' | 'number' | 'char' | 'punct';
  text: string;
  offset: number;
}

class TemplateSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Check every template of a chart (and its subcharts, which share helm's one template namespace).
 * Stops reading a file at its first syntax error, as Go's parser does.
 */
export function checkTemplates(sources: readonly TemplateSource[]): TemplateCheckResult {
  const errors: TemplateProblem[] = [];
  const calls: { file: string; line: number; name: string; how: string }[] = [];
  const defined = new Set<string>();
  let actions = 0;
  for (const source of sources) {
    const lineOf = lineCounter(source.text);
    try {
      const parsed = parseTemplate(source.text);
      actions += parsed.actions;
      for (const name of parsed.defines) defined.add(name);
      for (const call of parsed.calls) calls.push({ file: source.file, line: lineOf(call.offset), ...call });
      for (const fn of parsed.functions) {
        if (!HELM_TEMPLATE_FUNCTIONS.has(fn.name))
          errors.push({ file: source.file, line: lineOf(fn.offset), message: `function "${fn.name}" not defined` });
      }
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      errors.push({ file: source.file, line: lineOf(error.offset), message: error.message });
    }
  }
  const warnings = calls
    .filter((call) => !defined.has(call.name))
    .map((call) => ({
      file: call.file,
      line: call.line,
      message: `${call.how} "${call.name}": no template of the chart defines it (helm fails if this line is reached)`,
    }));
  return { errors, warnings, actions };
}

/** The parts of one template file: defined names, include/template calls, functions, actions. */
function parseTemplate(text: string): {
  defines: string[];
  calls: { name: string; how: string; offset: number }[];
  functions: { name: string; offset: number }[];
  actions: number;
} {
  const defines: string[] = [];
  const calls: { name: string; how: string; offset: number }[] = [];
  const functions: { name: string; offset: number }[] = [];
  const stack: { keyword: string; offset: number }[] = [];
  let actions = 0;
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    actions += 1;
    let position = open + 2;
    // A trim marker is "-" followed by white space; "{{-3}}" is the number -3.
    if (text[position] === '-' && /[ \t\r\n]/.test(text[position + 1] ?? '')) position += 2;
    while (/[ \t\r\n]/.test(text[position] ?? '')) position += 1;
    if (text.startsWith('/*', position)) {
      const close = text.indexOf('*/', position + 2);
      if (close < 0) throw new TemplateSyntaxError(open, 'unclosed comment');
      const after = /^(?: -)?\}\}/.exec(text.slice(close + 2));
      if (!after) throw new TemplateSyntaxError(close, 'comment ends before closing delimiter');
      at = close + 2 + after[0].length;
      continue;
    }
    const { tokens, end } = lexAction(text, position, open);
    at = end;
    checkAction(tokens, open, stack, { defines, calls, functions });
  }
  if (stack.length > 0) {
    const last = stack[stack.length - 1];
    throw new TemplateSyntaxError(last.offset, `unexpected EOF: {{${last.keyword}}} has no {{end}}`);
  }
  return { defines, calls, functions, actions };
}

function checkAction(
  tokens: Token[],
  offset: number,
  stack: { keyword: string; offset: number }[],
  found: {
    defines: string[];
    calls: { name: string; how: string; offset: number }[];
    functions: { name: string; offset: number }[];
  },
): void {
  if (tokens.length === 0) throw new TemplateSyntaxError(offset, 'missing value for command');
  const first = tokens[0];
  const keyword = first.kind === 'word' && KEYWORDS.has(first.text) ? first.text : undefined;
  const inside = (names: string[]) => stack.some((s) => names.includes(s.keyword));
  if (keyword === 'end') {
    if (tokens.length > 1) throw new TemplateSyntaxError(tokens[1].offset, 'unexpected token in end');
    if (!stack.pop()) throw new TemplateSyntaxError(offset, 'unexpected {{end}}');
    return;
  }
  if (keyword === 'else') {
    const top = stack[stack.length - 1];
    if (!top || !['if', 'range', 'with'].includes(top.keyword))
      throw new TemplateSyntaxError(offset, 'unexpected {{else}}');
  } else if (keyword === 'break' || keyword === 'continue') {
    if (!inside(['range'])) throw new TemplateSyntaxError(offset, `{{${keyword}}} outside {{range}}`);
  } else if (keyword === 'define' || keyword === 'block' || keyword === 'template') {
    const name = tokens[1];
    if (!name || name.kind !== 'string')
      throw new TemplateSyntaxError(offset, `unexpected token in ${keyword} clause: expected a quoted template name`);
    if (keyword === 'define' && stack.length > 0)
      throw new TemplateSyntaxError(offset, 'unexpected <define> in command');
    if (keyword !== 'template') found.defines.push(unquote(name.text));
    else found.calls.push({ name: unquote(name.text), how: 'template', offset: name.offset });
  }
  if (keyword && OPENERS.has(keyword)) stack.push({ keyword, offset });
  // Every other bare word is a function call (or a keyword in its place, which is an error).
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'word' || (index === 0 && keyword !== undefined)) continue;
    if (LITERAL_WORDS.has(token.text)) continue;
    if (KEYWORDS.has(token.text)) {
      // `else if` / `else with` chain a new condition onto the open block.
      if (index === 1 && keyword === 'else' && (token.text === 'if' || token.text === 'with')) continue;
      throw new TemplateSyntaxError(token.offset, `unexpected <${token.text}> in command`);
    }
    found.functions.push({ name: token.text, offset: token.offset });
    const next = tokens[index + 1];
    if (token.text === 'include' && next?.kind === 'string')
      found.calls.push({ name: unquote(next.text), how: 'include', offset: next.offset });
  }
}

/** Lex one action from `position` (just past `{{` and its trim marker) to its `}}`, as text/template's lexer does. */
function lexAction(text: string, start: number, open: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let position = start;
  let parens = 0;
  for (;;) {
    if (position >= text.length) throw new TemplateSyntaxError(open, 'unclosed action');
    const c = text[position];
    if (text.startsWith('}}', position) || (/[ \t\r\n]/.test(c) && text.startsWith('-}}', position + 1))) {
      if (parens > 0) throw new TemplateSyntaxError(position, 'unclosed left paren');
      const end = text.startsWith('}}', position) ? position + 2 : position + 4;
      return { tokens, end };
    }
    if (/[ \t\r\n]/.test(c)) {
      position += 1;
      continue;
    }
    const startAt = position;
    const take = (kind: Token['kind'], length: number) => {
      tokens.push({ kind, text: text.slice(startAt, startAt + length), offset: startAt });
      position = startAt + length;
    };
    if (c === '"') {
      let i = position + 1;
      for (; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i += 1;
        if (text[i] === '\n') throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
      }
      if (i >= text.length) throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
      take('string', i + 1 - position);
    } else if (c === '`') {
      const close = text.indexOf('`', position + 1);
      if (close < 0) throw new TemplateSyntaxError(startAt, 'unterminated raw quoted string');
      take('string', close + 1 - position);
    } else if (c === "'") {
      const m = /^'(?:\\.[^']*|[^'\\\n])'/.exec(text.slice(position));
      if (!m) throw new TemplateSyntaxError(startAt, 'unterminated character constant');
      take('char', m[0].length);
    } else if (c === '$') {
      take('variable', /^\$[\p{L}\p{N}_]*/u.exec(text.slice(position))![0].length);
    } else if (c === '.' && !/[0-9]/.test(text[position + 1] ?? '')) {
      take('field', /^\.[\p{L}\p{N}_]*/u.exec(text.slice(position))![0].length);
    } else if (/[0-9+\-.]/.test(c)) {
      const m = /^[+-]?(?:0[xXoObB])?[0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[eEpP][+-]?[0-9_]+)?i?/.exec(
        text.slice(position),
      );
      if (
        !m ||
        m[0] === '' ||
        m[0] === '+' ||
        m[0] === '-' ||
        /^[\p{L}\p{N}_]/u.test(text[position + m[0].length] ?? '')
      )
        throw new TemplateSyntaxError(
          startAt,
          `bad number syntax: ${JSON.stringify(text.slice(position, position + 10))}`,
        );
      take('number', m[0].length);
    } else if (/[\p{L}_]/u.test(c)) {
      take('word', /^[\p{L}_][\p{L}\p{N}_]*/u.exec(text.slice(position))![0].length);
    } else if (c === '(') {
      parens += 1;
      take('punct', 1);
    } else if (c === ')') {
      parens -= 1;
      if (parens < 0) throw new TemplateSyntaxError(startAt, 'unexpected right paren');
      take('punct', 1);
    } else if (c === ':' && text[position + 1] === '=') {
      take('punct', 2);
    } else if (c === '|' || c === '=' || c === ',') {
      take('punct', 1);
    } else {
      throw new TemplateSyntaxError(startAt, `unrecognized character in action: ${JSON.stringify(c)}`);
    }
  }
}

function unquote(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** offset → 1-based line, with the line starts computed once per file. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
