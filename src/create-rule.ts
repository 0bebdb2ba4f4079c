import { ESLintUtils } from '@typescript-eslint/utils';

export const repositoryUrl = 'https://github.com/b2b-tracking/eslint-plugin-b2b-tracking';

type Docs = { recommended?: boolean; requiresTypeChecking?: boolean };

const namedRule = ESLintUtils.RuleCreator<Docs>((name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`);

/**
 * Every rule is made here, so each gets its docs URL from its name and its
 * options merged with `meta.defaultOptions`. The merge (a deep clone) is done
 * once per distinct options value rather than once per file (ESLint hands
 * each file a fresh array with the same content), since linting runs on every
 * keystroke. Options are JSON, validated by the schema, so their JSON text is
 * a faithful key. Rules must treat their options as read-only.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, Docs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const created = namedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  return {
    ...created,
    create(context) {
      // A rule without options has nothing to merge.
      if (defaults.length === 0) return rule.create(context, context.options as Options);
      const key = JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault<Options, Options>(defaults, context.options);
        if (merged.size > 100) merged.clear();
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}
