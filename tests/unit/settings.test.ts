import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { withDefaultPaths } from '../../src/settings.js';

/** Lints one line with the recommended config and the given plugin settings; returns the messages or throws. */
function lintWith(settings: unknown, code = `analytics.track('Report Exported', {});`) {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [
    plugin.configs.recommended as Linter.Config,
    { settings: { 'b2b-tracking': settings } },
  ]);
}

describe("settings['b2b-tracking']", () => {
  it('accepts every documented setting', () => {
    const messages = lintWith({
      plan: 'segment',
      naming: 'snake_case',
      callees: {
        track: [
          'trackEvent',
          { callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' },
          { callee: 'postToApi', addsGroupContext: true },
        ],
        identify: ['identifyUser'],
        group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }],
        reset: ['useAnalytics().reset'],
      },
      hashFunctions: ['hashEmail'],
      groupProperties: ['account_id', 'workspace_id'],
      stickyGroups: true,
      propertyNaming: 'camelCase',
    });
    // naming: snake_case makes "Report Exported" a wrong name; the call has no account.
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      'b2b-tracking/event-name-format',
      'b2b-tracking/require-group-context',
    ]);
  });

  it.each([
    [{ planx: 'segment' }, "settings['b2b-tracking'].planx is not a setting of this plugin; the settings are `plan`, `planFormat`, `naming`, `callees`, `hashFunctions`, `groupProperties`, `stickyGroups`, `propertyNaming`."],
    [{ plan: 'segmnt' }, `settings['b2b-tracking'].plan must be "segment", "dotted", a path to a plan file or directory, or a plan object; got "segmnt".`],
    [{ plan: 42 }, `settings['b2b-tracking'].plan must be "segment", "dotted", a path to a plan file or directory, or a plan object.`],
    [{ plan: 'tests/fixtures/plan-formats/avo.json', planFormat: 'avo-json' }, `settings['b2b-tracking'].planFormat must be one of "b2b-tracking", "segment-typewriter", "segment-public-api", "segment-config-api", "rudderstack", "mparticle", "snowplow", "avo", "accoil"; got "avo-json".`],
    [{ plan: 'dotted', planFormat: 'avo' }, "settings['b2b-tracking'].planFormat says how to read a plan file or directory, and `plan` names none."],
    // Names every object has are not shipped plans.
    [{ plan: 'toString' }, `settings['b2b-tracking'].plan must be "segment", "dotted", a path to a plan file or directory, or a plan object; got "toString".`],
    [{ plan: '__proto__' }, `settings['b2b-tracking'].plan must be "segment", "dotted", a path to a plan file or directory, or a plan object; got "__proto__".`],
    [{ naming: 'Kebab Case' }, `settings['b2b-tracking'].naming must be one of "Title Case", "snake_case", "object.action", "Object_Action", "camelCase", "Sentence case", "lower case", "kebab-case", "object:action"; got "Kebab Case".`],
    [{ propertyNaming: 'kebab-case' }, `settings['b2b-tracking'].propertyNaming must be "snake_case", "camelCase" or false (no check of property keys); got "kebab-case".`],
    [{ propertyNaming: true }, `settings['b2b-tracking'].propertyNaming must be "snake_case", "camelCase" or false (no check of property keys); got true.`],
    [{ callees: { track: [{ callee: 'trackEvent', addsGroupContext: 'yes' }] } }, "settings['b2b-tracking'].callees.track[0].addsGroupContext must be true (the wrapper adds the account to every event) or false."],
    [{ callees: { identify: [{ callee: 'identifyUser', addsGroupContext: true }] } }, "settings['b2b-tracking'].callees.identify[0].addsGroupContext is not a place an identify call has; use `userId`, `traits`, `options`."],
    [{ callees: ['trackEvent'] }, "settings['b2b-tracking'].callees must be an object with the keys `track`, `identify`, `group`, `reset`, each a list of callees."],
    [{ callees: { page: ['x'] } }, "settings['b2b-tracking'].callees.page is not a kind of call; use `track`, `identify`, `group`, `reset`."],
    [{ callees: { track: 'trackEvent' } }, "settings['b2b-tracking'].callees.track must be a list of callees."],
    [{ callees: { track: ['track-event'] } }, "settings['b2b-tracking'].callees.track[0] \"track-event\" is not a callee; write a name (`trackEvent`), a member path (`this.analytics.track`) or a hook (`useAnalytics().track`)."],
    [{ callees: { track: ['useAnalytics().2track'] } }, "settings['b2b-tracking'].callees.track[0] \"useAnalytics().2track\" is not a callee; write a name (`trackEvent`), a member path (`this.analytics.track`) or a hook (`useAnalytics().track`)."],
    [{ callees: { track: ['track event'] } }, "settings['b2b-tracking'].callees.track[0] \"track event\" is not a callee; write a name (`trackEvent`), a member path (`this.analytics.track`) or a hook (`useAnalytics().track`)."],
    [{ callees: { track: [{ event: '0' }] } }, "settings['b2b-tracking'].callees.track[0].callee must be a string naming the function."],
    [{ callees: { track: [{ callee: 'trackEvent', event: 42 }] } }, "settings['b2b-tracking'].callees.track[0].event must be an argument path such as \"1\" (the second argument) or \"0.eventName\" (the key `eventName` of the first)."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '0.event name' }] } }, "settings['b2b-tracking'].callees.track[0].event must be an argument path such as \"1\" (the second argument) or \"0.eventName\" (the key `eventName` of the first)."],
    // Paths that can never match: the setting and the path inside it, and why.
    [{ callees: { track: [{ callee: 'trackEvent', event: 'first' }] } }, "settings['b2b-tracking'].callees.track[0].event \"first\" can never match: an argument path starts with the argument's index, such as \"0.first\" (the key `first` of the first argument)."],
    [{ callees: { track: ['trackEvent', { callee: 'captureSuccess', event: 'eventName.name' }] } }, "settings['b2b-tracking'].callees.track[1].event \"eventName.name\" can never match: an argument path starts with the argument's index, such as \"0.eventName.name\" (the key `eventName` of the first argument)."],
    [{ callees: { identify: [{ callee: 'identifyUser', userId: '-1' }] } }, "settings['b2b-tracking'].callees.identify[0].userId \"-1\" can never match: an argument's index is 0 or more (\"0\" is the first argument)."],
    [{ callees: { track: [{ callee: 'trackEvent', properties: '' }] } }, "settings['b2b-tracking'].callees.track[0].properties \"\" can never match: it is empty; \"0\" is the first argument."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '.0' }] } }, "settings['b2b-tracking'].callees.track[0].event \".0\" can never match: it starts with a dot; an argument path starts with the argument's index (\"0\" is the first argument)."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '0..name' }] } }, "settings['b2b-tracking'].callees.track[0].event \"0..name\" can never match: it has nothing between two dots."],
    [{ callees: { group: [{ callee: 'joinOrg', groupId: '0.id.' }] } }, "settings['b2b-tracking'].callees.group[0].groupId \"0.id.\" can never match: it ends with a dot."],
    // Two places at one path, or a place inside a string.
    [{ callees: { track: [{ callee: 'trackEvent', event: '0', properties: '0' }] } }, "settings['b2b-tracking'].callees.track[0].properties \"0\" can never match: `event` is at \"0\" too, and one argument is not both the event name and the properties."],
    [{ callees: { track: [{ callee: 'trackEvent', properties: '0', event: '0' }] } }, "settings['b2b-tracking'].callees.track[0].properties \"0\" can never match: `event` is at \"0\" too, and one argument is not both the event name and the properties."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '0.name', userId: '0.name' }] } }, "settings['b2b-tracking'].callees.track[0].userId \"0.name\" can never match: `event` is at \"0.name\" too, and one argument is not both the event name and the user id."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '0', groupContext: '0' }] } }, "settings['b2b-tracking'].callees.track[0].groupContext \"0\" can never match: `event` is at \"0\" too, and one argument is not both the event name and the account."],
    [{ callees: { track: [{ callee: 'trackEvent', event: '0', properties: '0.props' }] } }, "settings['b2b-tracking'].callees.track[0].properties \"0.props\" can never match: `event` is at \"0\", a string, which has no keys."],
    [{ callees: { identify: [{ callee: 'identifyUser', userId: '0', traits: '0' }] } }, "settings['b2b-tracking'].callees.identify[0].traits \"0\" can never match: `userId` is at \"0\" too, and one argument is not both the user id and the traits."],
    [{ callees: { identify: [{ callee: 'identifyUser', userId: '0', traits: '0.traits' }] } }, "settings['b2b-tracking'].callees.identify[0].traits \"0.traits\" can never match: `userId` is at \"0\", a string, which has no keys."],
    [{ callees: { group: [{ callee: 'joinOrg', groupId: '1', groupType: '1' }] } }, "settings['b2b-tracking'].callees.group[0].groupType \"1\" can never match: `groupId` is at \"1\" too, and one argument is not both the group id and the group type."],
    [{ callees: { track: [{ callee: 'trackEvent', traits: '1' }] } }, "settings['b2b-tracking'].callees.track[0].traits is not a place a track call has; use `event`, `properties`, `options`, `groupContext`, `userId`, `addsGroupContext`."],
    [{ callees: { identify: [{ callee: 'identifyUser', event: '0' }] } }, "settings['b2b-tracking'].callees.identify[0].event is not a place an identify call has; use `userId`, `traits`, `options`."],
    [{ callees: { reset: [{ callee: 'resetAnalytics', userId: '0' }] } }, "settings['b2b-tracking'].callees.reset[0].userId is not a place a reset call has; use none."],
    [{ callees: { group: [42] } }, "settings['b2b-tracking'].callees.group[0] must be a callee name or an object `{ callee, ... }`."],
    [{ hashFunctions: 'hashEmail' }, "settings['b2b-tracking'].hashFunctions must be a list of names."],
    [{ groupProperties: ['account_id', ''] }, "settings['b2b-tracking'].groupProperties[1] must be a non-empty string."],
    [{ stickyGroups: 'yes' }, "settings['b2b-tracking'].stickyGroups must be true or false."],
    ['segment', "settings['b2b-tracking'] must be an object."],
  ])('rejects %j with one message naming the setting', (settings, message) => {
    expect(() => lintWith(settings)).toThrow(`eslint-plugin-b2b-tracking: ${message}`);
  });

  it.each([
    // An element of an array argument, and keys inside an object place.
    { callee: 'trackEvents', event: '0.0.name', properties: '0.0.properties' },
    { callee: 'myTrack', properties: '1', groupContext: '1.account' },
    { callee: 'myTrack', options: '2', groupContext: '2.context.groupId' },
    { callee: 'captureSuccess', event: '0.eventName', properties: '0' },
    { callee: 'this.#capture', event: '0', properties: '01' },
    // One object for the properties and the options.
    { callee: 'myTrack', event: '0', properties: '1', options: '1' },
  ])('accepts the track entry %j', (entry) => {
    expect(() => lintWith({ callees: { track: [entry] } })).not.toThrow();
  });

  it.each([
    ['identify', { callee: 'identifyUser', userId: '0.id', traits: '0' }],
    // A personal workspace whose id is the user's.
    ['group', { callee: 'joinOwnWorkspace', groupId: '0', userId: '0' }],
    ['group', { callee: 'joinOrg', groupId: '0.id', traits: '0', groupType: '0.type' }],
  ] as const)('accepts the %s entry %j', (kind, entry) => {
    expect(() => lintWith({ callees: { [kind]: [entry] } })).not.toThrow();
  });

  it('gives the error no stack trace from inside the plugin', () => {
    let caught: unknown;
    try {
      lintWith({ stickyGroups: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).stack).not.toMatch(/\n\s+at /);
  });
});

describe('callees entries that name some places', () => {
  it.each([
    // The places it does not name keep the plain-name defaults (event, properties?, options?)...
    ['track', { groupContext: '2' }, { event: '0', properties: '1', groupContext: '2' }],
    ['track', { event: '0', groupContext: '2' }, { event: '0', properties: '1', groupContext: '2' }],
    ['track', { userId: '3' }, { event: '0', properties: '1', options: '2', userId: '3' }],
    ['identify', { traits: '1' }, { userId: '0', traits: '1', options: '2' }],
    // ...except where the entry uses that argument for something else,
    ['group', { groupType: '2' }, { groupId: '0', traits: '1', groupType: '2' }],
    // A key inside an argument does not use the argument for something else: it says the argument is an object there.
    ['track', { groupContext: '1.account' }, { event: '0', properties: '1', options: '2', groupContext: '1.account' }],
    ['track', { userId: '2.user.id' }, { event: '0', properties: '1', options: '2', userId: '2.user.id' }],
    ['track', { event: '0', properties: '1', options: '2' }, { event: '0', properties: '1', options: '2' }],
    // and none when it moves a plain-name place: it describes another signature.
    ['track', { event: '0', properties: '2' }, { event: '0', properties: '2' }],
    ['track', { event: '0.eventName', properties: '0.payload' }, { event: '0.eventName', properties: '0.payload' }],
    ['track', { event: '1' }, { event: '1' }],
    ['group', { groupId: '1', traits: '2' }, { groupId: '1', traits: '2' }],
  ] as const)('%s %j → %j', (kind, named, expected) => {
    expect(withDefaultPaths(kind, named)).toEqual(expected);
  });

  it('checks nothing missing from a wrapper that names no place for its properties', () => {
    // `{ event: '1' }` keeps no plain-name place (above): the properties cannot be seen (`type` and the account may be among
    // them), so neither require-event-properties nor require-group-context reports anything missing.
    for (const [entry, code] of [
      [{ callee: 'myTrack', event: '1' }, `myTrack(user, 'Signed Up', { type: 'organic' });`],
      [{ callee: 'myTrack', event: '0.name' }, `myTrack({ name: 'Signed Up', type: 'organic', account_id: a });`],
    ] as const) {
      expect(lintWith({ callees: { track: [entry] } }, code)).toEqual([]);
    }
    // The same wrappers are recognised: their event names are checked.
    for (const [entry, code] of [
      [{ callee: 'myTrack', event: '1' }, `myTrack(user, 'signed up', { type: 'organic' });`],
      [{ callee: 'myTrack', event: '0.name' }, `myTrack({ name: 'signed up', type: 'organic', account_id: a });`],
    ] as const) {
      expect(lintWith({ callees: { track: [entry] } }, code).map((message) => message.ruleId)).toEqual(['b2b-tracking/event-name-format']);
    }
  });

  it('reads the properties of a wrapper whose account is a key inside them', () => {
    const messages = lintWith(
      { callees: { track: [{ callee: 'myTrack', groupContext: '1.account' }] } },
      `myTrack('Invite Sent', { invitee_email: email, invitee_role: 'admin', account: 1 });`,
    );
    // The account is at `1.account`; the properties at `1` have their invitee e-mail checked.
    expect(messages.map((message) => [message.ruleId, message.column, message.endColumn])).toEqual([['b2b-tracking/hash-invitee-email', 41, 46]]);
  });

  it('takes callee names in any script, as JavaScript does', () => {
    expect(lintWith({ callees: { track: ['événement.track'] } }, `événement.track('Report Exported', {}, { context: { groupId } });`)).toEqual([]);
    expect(lintWith({ callees: { track: ['événement.track'] } }, `événement.track('Report Exported', {});`).map((message) => message.ruleId)).toEqual([
      'b2b-tracking/require-group-context',
    ]);
  });

  it('checks the event name, properties and invitee e-mail of a wrapper that names only its group context', () => {
    const messages = lintWith(
      { callees: { track: [{ callee: 'myTrack', groupContext: '2' }] } },
      `myTrack('create report', { invitee_email: email, rowCount: 1 }, acct);`,
    );
    // The account is at the third argument, as named: no require-group-context report.
    expect([...new Set(messages.map((message) => message.ruleId))].sort()).toEqual([
      'b2b-tracking/event-name-format',
      'b2b-tracking/hash-invitee-email',
      'b2b-tracking/require-event-properties',
    ]);
  });
});

describe('rule options from file to file', () => {
  it('takes each file its own options, when one process lints files under different ones and back', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = (options: unknown[]) =>
      linter
        .verify(`analytics.track('Create Project', {}, { context: { groupId: 'a' } });`, [
          plugin.configs.recommended as Linter.Config,
          { rules: { 'b2b-tracking/event-name-format': ['error', ...options] } },
        ])
        .map((message) => message.messageId);
    expect(lint([])).toEqual(['verbFirst']);
    expect(lint([{ allowVerbFirst: true }])).toEqual([]);
    expect(lint([{ allowedNames: ['Create Project'] }])).toEqual([]);
    // A fresh options array with the first content again means the first options again.
    expect(lint([{}])).toEqual(['verbFirst']);
    expect(lint([{ allowVerbFirst: true }])).toEqual([]);
    expect(lint([{ allowVerbFirst: false }])).toEqual(['verbFirst']);
  });
});
