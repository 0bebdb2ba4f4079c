import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';
import rule from '../../src/rules/require-group-context.js';

const segment = {
  code: `analytics.track('Report Exported', { format: 'csv' });`,
  errors: [
    {
      messageId: 'missingGroupContext' as const,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 54,
      suggestions: [
        {
          messageId: 'addGroupContext' as const,
          output: `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
        },
      ],
    },
  ],
};

jsRuleTester.run('require-group-context (js)', rule, {
  valid: [`analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: 'acct_1' } });`],
  invalid: [segment],
});
tsRuleTester.run('require-group-context (ts)', rule, { valid: [], invalid: [segment] });
tsxRuleTester.run('require-group-context (tsx)', rule, {
  valid: [],
  invalid: [
    {
      code: `const Button = () => <button onClick={() => analytics.track('Report Exported')}>Export</button>;`,
      filename: 'button.tsx',
      errors: [
        {
          messageId: 'missingGroupContext',
          line: 1,
          column: 45,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `const Button = () => <button onClick={() => analytics.track('Report Exported', {}, { context: { groupId: accountId } })}>Export</button>;`,
            },
          ],
        },
      ],
    },
  ],
});
vueRuleTester.run('require-group-context (vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup lang="ts">\nanalytics.track('Report Exported');\n</script>`,
      filename: 'Export.vue',
      errors: [
        {
          messageId: 'missingGroupContext',
          line: 2,
          column: 1,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `<script setup lang="ts">\nanalytics.track('Report Exported', {}, { context: { groupId: accountId } });\n</script>`,
            },
          ],
        },
      ],
    },
  ],
});
