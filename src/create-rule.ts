import { ESLintUtils } from '@typescript-eslint/utils';
import { mentionsTracking } from './tracking-calls.js';

export const repositoryUrl = 'https://github.com/b2b-tracking/eslint-plugin-b2b-tracking';

type Docs = { recommended?: boolean; requiresTypeChecking?: boolean };

const namedRule = ESLintUtils.RuleCreator<Docs>((name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`);

/** Whether two JSON values (rule options, as the schema lets them be) are the same. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Whether ESLint hands the rule a JavaScript program. Another language's
 * source (Markdown, JSON, CSS), which an unscoped config of the user's can
 * give our rules under ESLint versions that do not check `meta.languages`,
 * has another root (`root`, `Document`, `StyleSheet`) and no statement list.
 */
function isJavaScriptProgram(ast: unknown): boolean {
  const root = ast as { type?: unknown; body?: unknown } | null | undefined;
  return root?.type === 'Program' && Array.isArray(root.body);
}

/** The file the rules were last made for, and whether it can hold a tracking call: ESLint makes every rule for one file before the next. */
let lastFile: unknown;
let lastWorthChecking = false;

/**
 * Whether a rule has anything to do in this file: JavaScript that can hold a
 * tracking call. Worked out by the first rule made for a file; the others
 * (ten per file, on every keystroke) compare one reference.
 */
function worthCheckingFile(context: Parameters<ReturnType<typeof namedRule>['create']>[0]): boolean {
  const sourceCode = context.sourceCode;
  if (sourceCode !== lastFile) {
    const worth = isJavaScriptProgram(sourceCode.ast) && mentionsTracking(context);
    lastFile = sourceCode;
    lastWorthChecking = worth;
  }
  return lastWorthChecking;
}

/**
 * Every rule is made here, so each gets its docs URL from its name, does
 * nothing on another language's source, and has its options merged with
 * `meta.defaultOptions`. The merge (a deep clone) is done once per distinct
 * options value rather than once per file (ESLint hands each file a fresh
 * array with the same content), since linting runs on every
 * keystroke: the options of a file are compared with the few values seen
 * before (a config rarely has more than one or two), which is cheaper than
 * writing them out as a key. Rules must treat their options as read-only.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, Docs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const created = namedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const seen: { raw: unknown; merged: Options }[] = [];
  return {
    ...created,
    create(context) {
      // Every rule checks tracking calls only: in a file that cannot hold one, none has anything to set up.
      if (!worthCheckingFile(context)) return {};
      // A rule without options has nothing to merge.
      if (defaults.length === 0) return rule.create(context, context.options as Options);
      let found = seen.find((entry) => sameJson(entry.raw, context.options));
      if (!found) {
        // A copy of what was given, so that a caller changing its array later does not change what it stands for.
        found = { raw: structuredClone(context.options), merged: ESLintUtils.applyDefault<Options, Options>(defaults, context.options) };
        if (seen.length >= 20) seen.shift();
        seen.push(found);
      }
      return rule.create(context, found.merged);
    },
  };
}
