import rule from '../../src/rules/require-parent-group.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

/** The account > workspace > project hierarchy of the B2B telemetry spec (seed 002). */
const seed002 = `
analytics.group('acc_456', {
  name: 'Acme Corp',
  group_type: 'account',
  plan: 'enterprise'
});
analytics.group('ws_789', {
  name: 'Engineering',
  group_type: 'workspace',
  parent_group_id: 'acc_456'
});
analytics.group('proj_123', {
  name: 'Q1 Release',
  group_type: 'project',
  parent_group_id: 'ws_789'
});`;

const workspace = `analytics.group('ws_789', { name: 'Engineering', group_type: 'workspace' })`;

jsRuleTester.run('require-parent-group (JavaScript)', rule, {
  valid: [
    seed002,
    `analytics.group('acc_1', { name: 'Acme' });`,
    `analytics.group('acc_1');`,
    `analytics.group({ userId, groupId: 'ws_1', traits: { group_type: 'workspace', parent_group_id: 'acc_1' } });`,
    `posthog.group('company', 'c1', { name: 'Acme' });`,
    `posthog.group('workspace', 'w1', { parent_group_id: 'c1' });`,
    `accoil.group('ws_1', { group_type: 'workspace', parent_group_id: 'acc_1' });`,
    // Types held in constants, and each branch of a conditional.
    `const T = 'account';\nanalytics.group('a1', { group_type: T });`,
    `const T = 'workspace';\nanalytics.group('ws', { group_type: T, parent_group_id: 'a1' });`,
    `analytics.group('g1', { group_type: top ? 'account' : 'workspace', parent_group_id: top ? undefined : 'a1' });`,
    `const COMPANY = 'company';\nposthog.group(COMPANY, 'c1');`,
    // `group_type: null` sends no type: the account, which needs no parent.
    `analytics.group('a1', { name: 'Acme', group_type: null });`,
    // A variable that is written again is not a constant.
    `let T = 'workspace';\nT = next;\nanalytics.group('g1', { group_type: T });`,
    // Unknown group types and traits are not judged.
    `analytics.group('ws_1', { group_type: level });`,
    `analytics.group('ws_1', { group_type: 'workspace', ...links });`,
    `analytics.group('ws_1', traits);`,
    // No traits place to carry a parent: Amplitude's setGroup.
    `amplitude.setGroup('workspace', 'w1');`,
    // A call without traits only associates the user with the group; the parent is sent where the group is described.
    `posthog.group('workspace', 'w1');`,
    `posthog.group('workspace', 'w1', undefined);`,
    `import { PostHog } from 'posthog-node';\nconst client = new PostHog('key');\nclient.groupIdentify({ groupType: 'workspace', groupKey: 'w1' });`,
    // An empty group type is no type: the account.
    `analytics.group('a1', { name: 'Acme', group_type: '' });`,
    `router.group('ws_1', { group_type: 'workspace' });`,
  ],
  invalid: [
    { code: `${workspace};`, errors: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, ...at(`${workspace};`, workspace) }] },
    {
      code: `analytics.group({ userId, groupId: 'p1', traits: { group_type: 'project' } });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'project' }, ...at(`analytics.group({ userId, groupId: 'p1', traits: { group_type: 'project' } });`, `analytics.group({ userId, groupId: 'p1', traits: { group_type: 'project' } })`) }],
    },
    // `null` sends no parent.
    {
      code: `analytics.group('ws_1', { group_type: 'workspace', parent_group_id: null });`,
      errors: [
        {
          messageId: 'missingParentGroup',
          data: { type: 'workspace' },
          ...at(`analytics.group('ws_1', { group_type: 'workspace', parent_group_id: null });`, `analytics.group('ws_1', { group_type: 'workspace', parent_group_id: null })`),
        },
      ],
    },
    {
      code: `import { PostHog } from 'posthog-node';\nconst client = new PostHog('key');\nclient.groupIdentify({ groupType: 'workspace', groupKey: 'w1', properties: { name: 'Eng' } });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, line: 3, column: 1, endLine: 3, endColumn: 94 }],
    },
    {
      code: `posthog.group('team', 't1', { name: 'Core' });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'team' }, ...at(`posthog.group('team', 't1', { name: 'Core' });`, `posthog.group('team', 't1', { name: 'Core' })`) }],
    },
    {
      code: `accoil.group('ws_1', { group_type: 'workspace' });`,
      errors: [{ messageId: 'missingParentGroup', ...at(`accoil.group('ws_1', { group_type: 'workspace' });`, `accoil.group('ws_1', { group_type: 'workspace' })`) }],
    },
    {
      code: `joinEventGroup(user, 'ws_1', { group_type: 'workspace' });`,
      settings: { 'b2b-tracking': { callees: { group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }] } } },
      errors: [{ messageId: 'missingParentGroup', ...at(`joinEventGroup(user, 'ws_1', { group_type: 'workspace' });`, `joinEventGroup(user, 'ws_1', { group_type: 'workspace' })`) }],
    },
    // A group type held in a constant.
    {
      code: `const T = 'workspace';\nanalytics.group('ws', { group_type: T });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, line: 2, column: 1, endLine: 2, endColumn: 41 }],
    },
    {
      code: `const TYPES = { WORKSPACE: 'workspace' };\nposthog.group(TYPES.WORKSPACE, 'w1', { name: 'Eng' });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, line: 2, column: 1, endLine: 2, endColumn: 54 }],
    },
    // One branch below the account is enough: that call may send a workspace without its parent.
    {
      code: `analytics.group('g1', { group_type: top ? 'account' : 'workspace' });`,
      errors: [
        {
          messageId: 'missingParentGroup',
          data: { type: 'workspace' },
          ...at(`analytics.group('g1', { group_type: top ? 'account' : 'workspace' });`, `analytics.group('g1', { group_type: top ? 'account' : 'workspace' })`),
        },
      ],
    },
    {
      code: `const traits = { group_type: 'project', name: 'Q1' };\nanalytics.group('p1', traits);`,
      errors: [{ messageId: 'missingParentGroup', line: 2, column: 1, endLine: 2, endColumn: 30 }],
    },
  ],
});

tsRuleTester.run('require-parent-group (TypeScript)', rule, {
  valid: [
    `analytics.group('w1', { group_type: 'workspace' as const, parent_group_id: account.id! });`,
    `const GroupType = { Account: 'account' } as const;\nanalytics.group('a1', { group_type: GroupType.Account });`,
  ],
  invalid: [
    {
      code: `const GroupType = { Account: 'account', Project: 'project' } as const;\nanalytics.group('p1', { group_type: GroupType.Project satisfies string });`,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'project' }, line: 2, column: 1, endLine: 2, endColumn: 74 }],
    },
    {
      code: `analytics.group('w1', { group_type: 'workspace' as const });`,
      errors: [{ messageId: 'missingParentGroup', ...at(`analytics.group('w1', { group_type: 'workspace' as const });`, `analytics.group('w1', { group_type: 'workspace' as const })`) }],
    },
  ],
});

tsxRuleTester.run('require-parent-group (TSX)', rule, {
  valid: [],
  invalid: [
    {
      code: `const W = () => <Switcher onChange={(w) => analytics.group(w.id, { group_type: 'workspace' })} />;`,
      filename: 'w.tsx',
      errors: [{ messageId: 'missingParentGroup', ...at(`const W = () => <Switcher onChange={(w) => analytics.group(w.id, { group_type: 'workspace' })} />;`, `analytics.group(w.id, { group_type: 'workspace' })`) }],
    },
  ],
});

/** A workspace switcher and a project page, as React components in a `.jsx` file. */
const workspaceSwitcher = (traits: string) => `function WorkspaceSwitcher({ account, workspaces }) {
  return <Select options={workspaces} onChange={(workspace) => analytics.group(workspace.id, ${traits})} />;
}`;
const projectPage = (traits: string) => `function ProjectPage({ project }) {
  useEffect(() => {
    posthog.group('project', project.id, ${traits});
  }, [project.id]);
  return <Board project={project} />;
}`;

jsRuleTester.run('require-parent-group (JSX)', rule, {
  valid: [
    { code: workspaceSwitcher(`{ name: workspace.name, group_type: 'workspace', parent_group_id: account.id }`), filename: 'workspace-switcher.jsx' },
    { code: projectPage(`{ name: project.name, parent_group_id: project.workspaceId }`), filename: 'project-page.jsx' },
  ],
  invalid: [
    {
      code: workspaceSwitcher(`{ name: workspace.name, group_type: 'workspace' }`),
      filename: 'workspace-switcher.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingParentGroup',
          data: { type: 'workspace' },
          ...at(workspaceSwitcher(`{ name: workspace.name, group_type: 'workspace' }`), `analytics.group(workspace.id, { name: workspace.name, group_type: 'workspace' })`),
        },
      ],
    },
    {
      code: projectPage(`{ name: project.name }`),
      filename: 'project-page.jsx',
      output: null,
      errors: [{ messageId: 'missingParentGroup', data: { type: 'project' }, ...at(projectPage(`{ name: project.name }`), `posthog.group('project', project.id, { name: project.name })`) }],
    },
  ],
});
