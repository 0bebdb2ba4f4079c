/**
 * Clients that real apps hand to a class or a module in shapes beyond a plain
 * `const`: a `#private` field (initialised or set in the constructor), a field
 * initialised to nothing then set in the constructor, and a client built under
 * a condition whose other branch is nothing (`key ? new PostHog(key) : null`,
 * `key && new PostHog(key)`).
 */
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import requireStableIds from '../../src/rules/require-stable-ids.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester } from '../rule-tester.js';

const grouped = (call: string) => call.replace(`'Report Exported' }`, `'Report Exported', groups: { company: accountId } }`);

/** An invalid case: the capture call is reported for its missing account, and the suggestion adds it. */
function missing(code: string, call: string, fixed = grouped(call)) {
  return {
    code,
    errors: [
      {
        messageId: 'missingGroupContextServer' as const,
        ...at(code, call),
        suggestions: [{ messageId: 'addGroupContext' as const, output: code.replace(call, fixed) }],
      },
    ],
  };
}

const imported = `import { PostHog } from 'posthog-node';\n`;
const privateField = (call: string) =>
  `${imported}class A {\n  #ph = new PostHog('k');\n  send(accountId: string) {\n    ${call};\n  }\n}`;
const privateInConstructor = (call: string) =>
  `${imported}class B {\n  #ph: PostHog;\n  constructor() {\n    this.#ph = new PostHog('k');\n  }\n  send(accountId: string) {\n    ${call};\n  }\n}`;
const undefinedField = (call: string) =>
  `${imported}class C {\n  ph: PostHog | undefined = undefined;\n  constructor() {\n    this.ph = new PostHog('k');\n  }\n  send(accountId: string) {\n    ${call};\n  }\n}`;

const privateCapture = `this.#ph.capture({ distinctId: 'u', event: 'Report Exported' })`;
const fieldCapture = `this.ph!.capture({ distinctId: 'u', event: 'Report Exported' })`;

tsRuleTester.run('require-group-context: a client kept in a #private field or a field set in the constructor (TypeScript)', requireGroupContext, {
  valid: [
    privateField(grouped(privateCapture)),
    privateInConstructor(grouped(privateCapture)),
    undefinedField(grouped(fieldCapture)),
    // Another class's `#ph`, or a private field holding something else than a client: not an SDK call.
    `${imported}class A {\n  #ph = new Queue();\n  send() {\n    this.#ph.capture({ distinctId: 'u', event: 'Report Exported' });\n  }\n}`,
    `${imported}class B {\n  #ph: Queue;\n  constructor() {\n    this.#ph = new Queue();\n  }\n  send() {\n    this.#ph.capture({ distinctId: 'u', event: 'Report Exported' });\n  }\n}`,
    // A plain field `ph` is not the private `#ph`.
    `${imported}class A {\n  ph = new PostHog('k');\n  #ph = new Queue();\n  send() {\n    this.#ph.capture({ distinctId: 'u', event: 'Report Exported' });\n  }\n}`,
    `${imported}class C {\n  ph: Queue | undefined = undefined;\n  constructor() {\n    this.ph = new Queue();\n  }\n  send() {\n    this.ph!.capture({ distinctId: 'u', event: 'Report Exported' });\n  }\n}`,
  ],
  invalid: [
    missing(privateField(privateCapture), privateCapture),
    missing(privateInConstructor(privateCapture), privateCapture),
    missing(undefinedField(fieldCapture), fieldCapture),
  ],
});

jsRuleTester.run('require-group-context: a client kept in a #private field (JavaScript)', requireGroupContext, {
  valid: [
    `import { PostHog } from 'posthog-node';\nclass A {\n  #ph = new PostHog('k');\n  send(accountId) {\n    this.#ph.capture({ distinctId: 'u', event: 'Report Exported', groups: { company: accountId } });\n  }\n}`,
  ],
  invalid: [
    missing(
      `import { PostHog } from 'posthog-node';\nclass A {\n  #ph;\n  constructor() {\n    this.#ph = new PostHog('k');\n  }\n  send(accountId) {\n    ${privateCapture};\n  }\n}`,
      privateCapture,
    ),
  ],
});

// A client built only when configured: each branch is the client or nothing.
const conditional = (init: string, call: string) =>
  `${imported}const client = ${init};\nexport const captureForOrg = async ({ orgId, event }: { orgId: string; event: string }) => {\n  if (!client) return;\n  await client.capture({ distinctId: orgId, event });\n};\n${call}`;
const conditionalCapture = `client.capture({ distinctId: orgId, event })`;
const conditionalFixed = `client.capture({ distinctId: orgId, event, groups: { company: accountId } })`;

tsRuleTester.run('require-group-context: a client built under a condition (TypeScript)', requireGroupContext, {
  valid: [
    conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, `captureForOrg({ orgId: 'o', event: 'Plan Created' });`).replace(
      '{ distinctId: orgId, event }',
      '{ distinctId: orgId, event, groups: { company: orgId } }',
    ),
    // Two different SDKs, or something else than nothing in the other branch: not known to be a client.
    `import { PostHog } from 'posthog-node';\nimport Analytics from 'analytics-node';\nconst client = process.env.KEY ? new PostHog(process.env.KEY) : new Analytics('w');\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    `${imported}const client = process.env.KEY ? new PostHog(process.env.KEY) : new Queue();\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    `${imported}const client = process.env.KEY ? new PostHog(process.env.KEY) : fallback;\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    `${imported}const client = process.env.KEY ? null : undefined;\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    // A guard before something else than a client, or a client after `||` (the left side may be anything): not known to be a client.
    `${imported}const client = key && new Queue(key);\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    `${imported}const client = cached || new PostHog(key);\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
    grouped(`${imported}const client = key && new PostHog(key);\nclient?.capture({ distinctId: 'u', event: 'Report Exported' });`),
  ],
  invalid: [
    missing(`${imported}const client = key && new PostHog(key);\nclient?.capture({ distinctId: 'u', event: 'Report Exported' });`, `client?.capture({ distinctId: 'u', event: 'Report Exported' })`),
    missing(conditional(`process.env.KEY && new PostHog(process.env.KEY)`, ''), conditionalCapture, conditionalFixed),
    missing(conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, ''), conditionalCapture, conditionalFixed),
    missing(conditional(`process.env.KEY ? new PostHog(process.env.KEY) : undefined`, ''), conditionalCapture, conditionalFixed),
    missing(conditional(`!process.env.KEY ? null : new PostHog(process.env.KEY)`, ''), conditionalCapture, conditionalFixed),
    missing(`${imported}const client = key ? new PostHog(key) : null;\nclient?.capture({ distinctId: 'u', event: 'Report Exported' });`, `client?.capture({ distinctId: 'u', event: 'Report Exported' })`),
  ],
});

tsRuleTester.run('event-name-format: a wrapper of a client built under a condition (TypeScript)', eventNameFormat, {
  valid: [conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, `captureForOrg({ orgId: 'o', event: 'Plan Created' });`)],
  invalid: [
    {
      code: conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, `captureForOrg({ orgId: 'o', event: 'plan created' });`),
      output: conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, `captureForOrg({ orgId: 'o', event: 'Plan Created' });`),
      errors: [
        {
          messageId: 'wrongStyle',
          ...at(conditional(`process.env.KEY ? new PostHog(process.env.KEY) : null`, `captureForOrg({ orgId: 'o', event: 'plan created' });`), `'plan created'`),
          suggestions: [],
        },
      ],
    },
  ],
});

// The other calls of a client kept in a `#private` field: identify and groupIdentify are read by their kinds.
const privateClient = (call: string) => `${imported}export class Tracker {\n  #ph = new PostHog('k');\n  login(user: User, org: Org) {\n    ${call};\n  }\n}`;
const stableId = (code: string, text: string, messageId: 'email' | 'slug', place: string, entity: 'user' | 'account') => ({
  code,
  errors: [{ messageId, data: { place, entity, value: text }, ...at(code, text) }] as const,
});

tsRuleTester.run('require-stable-ids: identify and groupIdentify of a client in a #private field (TypeScript)', requireStableIds, {
  valid: [
    privateClient(`this.#ph.identify({ distinctId: user.id, properties: { email: user.email } })`),
    privateClient(`this.#ph.groupIdentify({ groupType: 'company', groupKey: org.id, properties: { name: org.name } })`),
    // A private field holding something else: not an SDK call.
    `export class Tracker {\n  #ph = new Queue();\n  login(user: User) {\n    this.#ph.identify({ distinctId: user.email });\n  }\n}`,
  ],
  invalid: [
    stableId(privateClient(`this.#ph.identify({ distinctId: user.email, properties: { name: user.name } })`), 'user.email', 'email', 'The user id', 'user'),
    stableId(privateClient(`this.#ph.groupIdentify({ groupType: 'company', groupKey: org.slug, properties: { name: org.name } })`), 'org.slug', 'slug', 'The account id', 'account'),
  ],
});

// A module's client declared empty and made later, and a conditional client in JavaScript.
const madeLater = (call: string) => `${imported}let client: PostHog | null = null;\nexport function init(key: string) {\n  client = new PostHog(key);\n}\nexport function send(accountId: string) {\n  ${call};\n}`;
const laterCapture = `client?.capture({ distinctId: 'u', event: 'Report Exported' })`;

tsRuleTester.run('require-group-context: a module client declared empty and made later (TypeScript)', requireGroupContext, {
  valid: [
    madeLater(grouped(laterCapture)),
    // Given two different SDKs' clients: not known to be either.
    `import { PostHog } from 'posthog-node';\nimport Analytics from 'analytics-node';\nlet client = null;\nclient = new PostHog('k');\nclient = new Analytics('w');\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
  ],
  invalid: [missing(madeLater(laterCapture), laterCapture)],
});

const conditionalJs = (call: string) => `import { PostHog } from 'posthog-node';\nconst posthog = process.env.POSTHOG_KEY ? new PostHog(process.env.POSTHOG_KEY) : undefined;\nexport function send(accountId) {\n  ${call};\n}`;
const jsCapture = `posthog?.capture({ distinctId: 'u', event: 'Report Exported' })`;

jsRuleTester.run('require-group-context: a client built under a condition (JavaScript)', requireGroupContext, {
  valid: [
    conditionalJs(grouped(jsCapture)),
    // A branch that is another value than nothing: what `posthog` is cannot be known, and the conventional name alone does not say which form.
    `import { PostHog } from 'posthog-node';\nconst client = process.env.POSTHOG_KEY ? new PostHog(process.env.POSTHOG_KEY) : makeStub();\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`,
  ],
  invalid: [
    missing(conditionalJs(jsCapture), jsCapture),
    // Under a name that is no SDK's conventional one, so that only the guarded construction says it is a client.
    missing(
      `import { PostHog } from 'posthog-node';\nconst client = process.env.POSTHOG_KEY && new PostHog(process.env.POSTHOG_KEY);\nexport function send(accountId) {\n  client?.capture({ distinctId: 'u', event: 'Report Exported' });\n}`,
      `client?.capture({ distinctId: 'u', event: 'Report Exported' })`,
    ),
  ],
});

// Segment's loaded client, or a promise of nothing where it cannot load: `Promise.resolve(null)` is no other client.
const loading = (otherwise: string) => `import { AnalyticsBrowser } from '@segment/analytics-next';
const loaded = typeof window !== 'undefined' ? AnalyticsBrowser.load({ writeKey: 'k' }).then(([analytics]) => analytics) : ${otherwise};
export async function send() {
  const client = await loaded;
  client?.track('report exported');
}`;
tsRuleTester.run('event-name-format: a loaded client, or a promise of nothing (TypeScript)', eventNameFormat, {
  valid: [
    // The other branch resolves to something else: which client this is cannot be told.
    loading('Promise.resolve(stub)'),
    loading('makeStub()'),
  ],
  invalid: [
    {
      code: loading('Promise.resolve(null)'),
      output: loading('Promise.resolve(null)').replace(`'report exported'`, `'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(loading('Promise.resolve(null)'), `'report exported'`), suggestions: [] }],
    },
    {
      code: loading('Promise.resolve()'),
      output: loading('Promise.resolve()').replace(`'report exported'`, `'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(loading('Promise.resolve()'), `'report exported'`), suggestions: [] }],
    },
  ],
});
