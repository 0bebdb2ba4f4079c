import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/require-group-context.js';

const ruleTester = new RuleTester();

ruleTester.run('require-group-context', rule, {
  valid: [
    `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: 'acct_1' } });`,
  ],
  invalid: [
    {
      code: `analytics.track('Report Exported', { format: 'csv' });`,
      errors: [
        {
          messageId: 'missingGroupContext',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
            },
          ],
        },
      ],
    },
  ],
});
