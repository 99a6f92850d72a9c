// YAML a user wrote, read with suspicion: the first reason not to trust a parsed document, on one line
// with its offset: a syntax error, a duplicate key (named), or aliases that expand without bound.
import type { Document } from 'yaml';

/** Why a document is refused, and where (an offset into its text). */
export interface YamlProblem {
  message: string;
  offset: number;
}

/** How far aliases may expand when a document is turned into values: the yaml library's own default. */
const MAX_ALIAS_COUNT = 100;

/**
 * The first problem of `doc` (parsed from `text`), or undefined. A duplicate key is refused because
 * tools disagree on which of the two counts (the yaml library and helm keep one, a regexp another).
 * An alias bomb (a few lines of `&a [*b, *b, …]` that expand to billions of nodes) is found by
 * expanding the document under the alias limit, the way every later reader of the file would.
 */
export function yamlProblem(doc: Document.Parsed, text: string): YamlProblem | undefined {
  const error = doc.errors[0];
  if (error) {
    const offset = error.pos[0];
    if (error.code === 'DUPLICATE_KEY') {
      const key = (/^[ \t]*(?:-[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(text.slice(offset)) ?? [])
        .slice(1)
        .find((k) => k !== undefined);
      return {
        message: `duplicate key${key ? ` ${JSON.stringify(key)}` : ''} in one mapping; tools disagree on which one counts, so keep one`,
        offset,
      };
    }
    return { message: `not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`, offset };
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (expansion) {
    if (!/alias/i.test((expansion as Error).message)) throw expansion;
    return {
      message: `its aliases expand beyond ${MAX_ALIAS_COUNT} times the document (an alias bomb); write the values out`,
      offset: 0,
    };
  }
  return undefined;
}
