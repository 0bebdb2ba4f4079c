import { ESLintUtils } from '@typescript-eslint/utils';

export const repositoryUrl = 'https://github.com/b2b-tracking/eslint-plugin-b2b-tracking';

/** Every rule is made here, so each gets its docs URL from its name. */
export const createRule = ESLintUtils.RuleCreator<{ recommended?: boolean; requiresTypeChecking?: boolean }>(
  (name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`,
);
