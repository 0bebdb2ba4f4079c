import type { TSESLint } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { resolveObject } from '../../src/static-values.js';
import { trackingHint } from '../../src/sdks.js';
import { argumentAt, eventNamesOf, onTrackingCalls, type TrackingCall } from '../../src/tracking-calls.js';

/**
 * A rule that reports what the shared layer recognises at each call: kind, SDK
 * (or wrapper), form, and each place the call's shape has — the event
 * (`A|B` for each value, `<dynamic>` for a name built at run time, `?` for
 * what cannot be seen), the keys of the properties and traits as resolved
 * (`…` when it may hold more, `{}` when empty, `absent`, `?`), and the source
 * text of the group id and group type.
 */
const probe: TSESLint.RuleModule<'seen', []> = {
  defaultOptions: [],
  meta: { type: 'problem', schema: [], messages: { seen: '{{what}}' } },
  create(context) {
    const keysAt = (call: TrackingCall, path: string) => {
      const found = argumentAt(context, call.node, path);
      if (found.state !== 'present') return found.state === 'absent' ? 'absent' : '?';
      const shape = found.value && resolveObject(context, found.value);
      if (!shape) return '?';
      const keys = [...shape.entries.keys(), ...(shape.mayHaveMore ? ['…'] : [])];
      return keys.length > 0 ? keys.join(',') : '{}';
    };
    const textAt = (call: TrackingCall, path: string) => {
      const found = argumentAt(context, call.node, path);
      if (found.state !== 'present') return found.state === 'absent' ? 'absent' : '?';
      return found.value ? context.sourceCode.getText(found.value) : '?';
    };
    const report = (call: TrackingCall) => {
      const parts = [call.kind, call.label, call.platform];
      const { event, properties, traits, groupId, groupType } = call.shape;
      if (event) {
        const names = eventNamesOf(context, call);
        const seen = names ? [...names.values.map((known) => known.value), ...names.dynamic.map(() => '<dynamic>'), ...(names.unknown ? ['?'] : [])] : ['absent'];
        parts.push(`event=${seen.join('|')}`);
      }
      if (properties) parts.push(`props=${keysAt(call, properties)}`);
      if (traits) parts.push(`traits=${keysAt(call, traits)}`);
      if (groupId) parts.push(`groupId=${textAt(call, groupId)}`);
      if (groupType) parts.push(`groupType=${textAt(call, groupType)}`);
      context.report({ node: call.node, messageId: 'seen', data: { what: parts.join(' ') } });
    };
    return onTrackingCalls(context, { track: report, identify: report, group: report, reset: report });
  },
};

function recognise(code: string, settings: Record<string, unknown> = {}, typescript = false): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { probe: { rules: { probe } } as never },
      rules: { 'probe/probe': 'error' },
      settings: { 'b2b-tracking': settings },
      languageOptions: typescript ? { parser: tsParser as never } : { ecmaVersion: 'latest', sourceType: 'module' },
    },
  ], typescript ? 'file.ts' : 'file.js');
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((message) => message.message);
}

describe('Segment and RudderStack', () => {
  it('knows the snippet global, also under window and with optional chaining', () => {
    expect(
      recognise(`
        analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: 'a' } });
        window.analytics.identify('u1', { email: 'e' });
        window.analytics?.group('a1', { name: 'Acme' });
        analytics.reset();
        rudderanalytics.track('Report Exported', { format: 'csv' });
        analytics.identify({ email: 'e' });
      `),
    ).toEqual([
      'track Segment browser event=Report Exported props=format',
      'identify Segment browser traits=email',
      "group Segment browser traits=name groupId='a1'",
      'reset Segment browser',
      'track RudderStack browser event=Report Exported props=format',
      // Segment's identify(traits): the traits are the first argument.
      'identify Segment browser traits=email',
    ]);
  });

  it('knows clients built from the packages, browser and server', () => {
    expect(
      recognise(`
        import { AnalyticsBrowser } from '@segment/analytics-next';
        import { Analytics } from '@segment/analytics-node';
        const browser = AnalyticsBrowser.load({ writeKey: 'k' });
        const server = new Analytics({ writeKey: 'k' });
        browser.track('Report Exported', { format: 'csv' });
        server.track({ userId: 'u', event: 'Report Exported', properties: { format: 'csv' } });
        server.identify({ userId: 'u', traits: { email: 'e' } });
        server.group({ userId: 'u', groupId: 'a', traits: { name: 'Acme' } });
      `),
    ).toEqual([
      'track Segment browser event=Report Exported props=format',
      'track Segment server event=Report Exported props=format',
      'identify Segment server traits=email',
      "group Segment server traits=name groupId='a'",
    ]);
  });

  it('knows the global written as a computed key', () => {
    expect(
      recognise(`
        window['analytics'].track('Report Exported', { format: 'csv' });
        globalThis["posthog"].capture('Report Exported');
        self['accoil'].group('a1');
        window[analyticsKey].track('Report Exported');
      `),
    ).toEqual([
      'track Segment browser event=Report Exported props=format',
      'track PostHog browser event=Report Exported props=absent',
      "group Accoil browser traits=absent groupId='a1'",
    ]);
  });

  it('takes the server form of a conventional name from the call', () => {
    expect(recognise(`analytics.track({ userId: 'u', event: 'Signed Up', properties: { type: 'organic' } });`)).toEqual([
      'track Segment server event=Signed Up props=type',
    ]);
  });

  it('knows RudderStack packages and require()', () => {
    expect(
      recognise(`
        const Analytics = require('@rudderstack/rudder-sdk-node');
        const client = new Analytics('key', { dataPlaneUrl: 'u' });
        client.track({ userId: 'u', event: 'Report Exported', properties: {} });
        import { RudderAnalytics } from '@rudderstack/analytics-js';
        const rudder = new RudderAnalytics();
        rudder.track('Report Exported');
      `),
    ).toEqual(['track RudderStack server event=Report Exported props={}', 'track RudderStack browser event=Report Exported props=absent']);
  });

  it('knows the service-worker package (the Node form) and the React Native client (the positional form)', () => {
    expect(
      recognise(`
        import { Analytics } from '@rudderstack/analytics-js-service-worker';
        import rudderClient from '@rudderstack/rudder-sdk-react-native';
        const worker = new Analytics('key', 'https://dataplane.example/v1/batch');
        worker.track({ userId: 'u', event: 'Report Exported', properties: { format: 'csv' }, context: { groupId: 'a' } });
        worker.group({ userId: 'u', groupId: 'a', traits: { name: 'Acme' } });
        rudderClient.track('Report Exported', { format: 'csv' });
        rudderClient.identify('u1', { email: 'e' });
      `),
    ).toEqual([
      'track RudderStack server event=Report Exported props=format',
      "group RudderStack server traits=name groupId='a'",
      'track RudderStack browser event=Report Exported props=format',
      'identify RudderStack browser traits=email',
    ]);
  });

  it('reads another @rudderstack/ package like the Node SDK when its name says node, else like the browser SDK', () => {
    expect(
      recognise(`
        import NodeAnalytics from '@rudderstack/rudder-sdk-node-next';
        import { RudderAnalytics } from '@rudderstack/analytics-js-next';
        import { track } from '@rudder/other';
        const server = new NodeAnalytics('key');
        const browser = new RudderAnalytics();
        server.track({ userId: 'u', event: 'Report Exported' });
        browser.track('Report Exported', { format: 'csv' });
        track('Report Exported');
      `),
    ).toEqual(['track RudderStack server event=Report Exported props=absent', 'track RudderStack browser event=Report Exported props=format']);
  });
});

describe('Amplitude', () => {
  it('knows the namespace, the named functions and the node package', () => {
    expect(
      recognise(`
        import * as amplitude from '@amplitude/analytics-browser';
        import { track, setGroup } from '@amplitude/analytics-browser';
        import { track as trackNode } from '@amplitude/analytics-node';
        amplitude.track('Report Exported', { format: 'csv' });
        track('Report Exported');
        setGroup('account', 'a1');
        trackNode('Report Exported', undefined, { user_id: 'u' });
        amplitude.track({ event_type: 'Report Exported', event_properties: { format: 'csv' } });
        amplitude.reset();
      `),
    ).toEqual([
      'track Amplitude browser event=Report Exported props=format',
      'track Amplitude browser event=Report Exported props=absent',
      "group Amplitude browser groupId='a1' groupType='account'",
      // `undefined` in the properties' place sends none.
      'track Amplitude server event=Report Exported props=absent',
      'track Amplitude browser event=Report Exported props=format',
      'reset Amplitude browser',
    ]);
  });
});

describe('clients built through a module or a client', () => {
  it('knows factories reached through a namespace, a default import, a required member and a client', () => {
    expect(
      recognise(`
        import * as amplitude from '@amplitude/analytics-browser';
        import * as Seg from '@segment/analytics-next';
        import mixpanel from 'mixpanel-browser';
        import { PostHog as PostHogWeb } from 'posthog-js';
        import ph from 'posthog-node';
        const PostHogNode = require('posthog-node').PostHog;
        const instance = amplitude.createInstance();
        const segment = Seg.AnalyticsBrowser.load({ writeKey: 'k' });
        const named = mixpanel.init('token', {}, 'team');
        const web = new PostHogWeb();
        const server = new ph.PostHog('key');
        const other = new PostHogNode('key');
        async function load() {
          const [loaded] = await Seg.AnalyticsBrowser.load({ writeKey: 'k' });
          loaded.track('Report Viewed');
        }
        instance.track('Report Exported');
        segment.track('Report Exported');
        named.track('Report Exported');
        web.capture('Report Exported');
        server.capture({ distinctId: 'u', event: 'Report Exported' });
        other.capture({ distinctId: 'u', event: 'Report Exported' });
      `),
    ).toEqual([
      'track Segment browser event=Report Viewed props=absent',
      'track Amplitude browser event=Report Exported props=absent',
      'track Segment browser event=Report Exported props=absent',
      'track Mixpanel browser event=Report Exported props=absent',
      'track PostHog browser event=Report Exported props=absent',
      'track PostHog server event=Report Exported props=absent',
      'track PostHog server event=Report Exported props=absent',
    ]);
  });

  it('does not take a module for a client, nor what is destructured from a client', () => {
    expect(
      recognise(`
        import * as Seg from '@segment/analytics-next';
        import ph from 'posthog-node';
        Seg.track('Report Exported');
        ph.capture({ distinctId: 'u', event: 'Report Exported' });
        const [first] = window.charts;
        first.track('Report Exported');
      `),
    ).toEqual([]);
  });
});

describe('Mixpanel', () => {
  it('takes the Node form of the conventional name from a distinct_id among the properties', () => {
    expect(
      recognise(`
        mixpanel.track('Report Exported', { distinct_id: user.id, account_id: 'a' });
        mixpanel.track('Report Exported', { account_id: 'a' });
      `),
    ).toEqual([
      'track Mixpanel server event=Report Exported props=distinct_id,account_id',
      'track Mixpanel browser event=Report Exported props=account_id',
    ]);
  });

  it('knows mixpanel-browser and the node client from Mixpanel.init()', () => {
    expect(
      recognise(`
        import mixpanel from 'mixpanel-browser';
        import Mixpanel from 'mixpanel';
        const mp = Mixpanel.init('token');
        mixpanel.track('Report Exported', { account_id: 'a' });
        mixpanel.track_with_groups('Report Exported', {}, { account_id: 'a' });
        mixpanel.set_group('account_id', 'a');
        mp.track('Report Exported', { distinct_id: 'u' });
      `),
    ).toEqual([
      'track Mixpanel browser event=Report Exported props=account_id',
      'track Mixpanel browser event=Report Exported props={}',
      "group Mixpanel browser groupId='a' groupType='account_id'",
      'track Mixpanel server event=Report Exported props=distinct_id',
    ]);
  });
});

describe('PostHog', () => {
  it('knows posthog-js, the React hook and posthog-node', () => {
    expect(
      recognise(`
        import posthog from 'posthog-js';
        import { usePostHog } from 'posthog-js/react';
        import { PostHog } from 'posthog-node';
        const client = new PostHog('key');
        posthog.capture('Report Exported', { format: 'csv' });
        posthog.group('company', 'c1');
        function Button() { const ph = usePostHog(); ph.capture('Report Exported'); }
        client.capture({ distinctId: 'u', event: 'Report Exported', properties: { format: 'csv' }, groups: { company: 'c1' } });
        client.identify({ distinctId: 'u', properties: { email: 'e' } });
        client.groupIdentify({ groupType: 'company', groupKey: 'c1', properties: { name: 'Acme' } });
        posthog.reset();
      `),
    ).toEqual([
      'track PostHog browser event=Report Exported props=format',
      "group PostHog browser traits=absent groupId='c1' groupType='company'",
      'track PostHog browser event=Report Exported props=absent',
      'track PostHog server event=Report Exported props=format',
      'identify PostHog server traits=email',
      "group PostHog server traits=name groupId='c1' groupType='company'",
      'reset PostHog browser',
    ]);
  });

  it('knows a client kept on a class field', () => {
    expect(
      recognise(
        `
        import { PostHog } from 'posthog-node';
        class Tracker {
          private client = new PostHog('key');
          exported() { this.client.capture({ distinctId: 'u', event: 'Report Exported' }); }
        }
      `,
        {},
        true,
      ),
    ).toEqual(['track PostHog server event=Report Exported props=absent']);
  });
});

describe('Accoil', () => {
  it('knows the snippet global', () => {
    expect(
      recognise(`
        accoil.identify('u1', { email: 'e' });
        window.accoil.group('a1', { name: 'Acme' });
        accoil.track('Report_Exported');
      `),
    ).toEqual([
      'identify Accoil browser traits=email',
      "group Accoil browser traits=name groupId='a1'",
      'track Accoil browser event=Report_Exported props=absent',
    ]);
  });
});

describe('what is not a tracking call', () => {
  it('ignores .track() on routers, charts, spies and unknown objects', () => {
    expect(
      recognise(`
        router.track('Report Exported');
        chart.track('x');
        const track = vi.fn();
        track('Report Exported');
        mockAnalytics.track('Report Exported');
        expect(analytics.track).toHaveBeenCalledWith('Report Exported');
        analytics[method]('Report Exported');
        import { track as trackIt } from './my-module';
        trackIt('Report Exported');
        posthog.captureException(new Error('x'));
      `),
    ).toEqual([]);
  });
});

describe('receivers known by their name alone', () => {
  it('asks about a name once per file, whichever of its uses comes first', () => {
    // The parameter `tracker` is met first and is no client; the name is still declared with a value further down,
    // where it is one: the answer kept for the name must not turn that call away.
    expect(
      recognise(`
        import { PostHog } from 'posthog-node';
        function before(tracker) { tracker.capture('Report Exported'); }
        function after() { const tracker = new PostHog('k'); tracker.capture({ distinctId: 'u1', event: 'Report Shared' }); }
        router.capture('Report Printed');
        function later() { const router = {}; return router; }
      `),
    ).toEqual(['track PostHog server event=Report Shared props=absent']);
  });
});

describe('methods named as string keys', () => {
  it('are the methods named with a dot', () => {
    expect(
      recognise(
        `
        analytics['track']('Report Exported', { format: 'csv' });
        window.posthog["capture"]('Report Exported');
        class Service { run() { this.analyticsService['track']('Report Exported', user, { format: 'csv' }); } }
      `,
        { callees: { track: [{ callee: 'this.analyticsService.track', event: '0', properties: '2' }] } },
      ),
    ).toEqual([
      'track Segment browser event=Report Exported props=format',
      'track PostHog browser event=Report Exported props=absent',
      'track `this.analyticsService.track` browser event=Report Exported props=format',
    ]);
  });
});

describe('static values', () => {
  it('resolves consts, const objects, as const, conditionals and ??', () => {
    expect(
      recognise(
        `
        const EVENTS = { exported: 'Report Exported', nested: { shared: 'Report Shared' } } as const;
        const NAME = 'Report Viewed';
        const props = { format: 'csv', ...{ rows: 1 } };
        analytics.track(NAME, props);
        analytics.track(EVENTS.exported);
        analytics.track(EVENTS['nested'].shared satisfies string);
        analytics.track(ok ? 'Report Exported' : 'export failed');
        analytics.track(name ?? 'Report Exported');
        analytics.track(\`Report \${kind}\`);
        analytics.track('Report ' + kind);
        analytics.track(unknownName, { ...unknownProps, format: 'csv' });
      `,
        {},
        true,
      ),
    ).toEqual([
      // The const object with the spread of a literal: both its keys.
      'track Segment browser event=Report Viewed props=format,rows',
      'track Segment browser event=Report Exported props=absent',
      'track Segment browser event=Report Shared props=absent',
      'track Segment browser event=Report Exported|export failed props=absent',
      // `name` cannot be seen; the right side can.
      'track Segment browser event=Report Exported|? props=absent',
      // Built at run time (without type information nothing says what `kind` is).
      'track Segment browser event=<dynamic> props=absent',
      'track Segment browser event=<dynamic> props=absent',
      'track Segment browser event=? props=format,…',
    ]);
  });
});

describe('receivers named by a bare identifier', () => {
  it('are clients wherever the file declares them, before or after the call, in any scope or as a script global', () => {
    expect(
      recognise(`
        import { PostHog } from 'posthog-node';
        function early() { later.capture({ distinctId: 'u', event: 'Report Exported' }); }
        function inner() { const local = new PostHog('k'); local.capture({ distinctId: 'u', event: 'Report Shared' }); }
        const later = new PostHog('k');
        router.capture({ distinctId: 'u', event: 'Report Viewed' });
      `),
    ).toEqual(['track PostHog server event=Report Exported props=absent', 'track PostHog server event=Report Shared props=absent']);
    const linter = new Linter({ configType: 'flat' });
    const script = linter.verify(
      `var segment = window.analytics;\nsegment.track('report exported');`,
      [{ plugins: { b2b: { rules: { probe } } as never }, rules: { 'b2b/probe': 'error' }, languageOptions: { sourceType: 'script' } }],
    );
    expect(script.map((message) => message.message)).toEqual(['track Segment browser event=report exported props=absent']);
  });
});

describe('frozen objects and enums', () => {
  it('reads the members of Object.freeze({ … }) and of an enum of the module, without type information', () => {
    expect(
      recognise(
        `
        const EVENTS = Object.freeze({ exported: 'Report Exported', props: { format: 'csv' } });
        enum Names { Shared = 'Report Shared', Viewed = 'Report Viewed' }
        const enum Fixed { Printed = 'Report Printed' }
        analytics.track(EVENTS.exported, EVENTS.props);
        analytics.track(Names.Shared);
        analytics.track(Names['Viewed']);
        analytics.track(Fixed.Printed);
        analytics.track(Names.Missing);
      `,
        {},
        true,
      ),
    ).toEqual([
      'track Segment browser event=Report Exported props=format',
      'track Segment browser event=Report Shared props=absent',
      'track Segment browser event=Report Viewed props=absent',
      'track Segment browser event=Report Printed props=absent',
      'track Segment browser event=? props=absent',
    ]);
  });
});

describe('static values the code changes', () => {
  it('does not read a constant object changed after its declaration, nor a member of one', () => {
    expect(
      recognise(`
        const props = { format: 'csv' };
        props.account_id = account.id;
        analytics.track('Report Exported', props);
        const options = { context: {} };
        options.context.groupId = id;
        analytics.track('Report Exported', {}, options);
        const merged = { format: 'csv' };
        Object.assign(merged, extra);
        analytics.track('Report Exported', merged);
        const EVENTS = { exported: 'report exported' };
        EVENTS.exported = 'Report Exported';
        analytics.track(EVENTS.exported);
        const list = { items: [] };
        list.items.push(1);
        analytics.track('Report Exported', list);
        const kept = { format: 'csv' };
        send(kept);
        console.log(kept.format);
        analytics.track('Report Exported', kept);
      `),
    ).toEqual([
      'track Segment browser event=Report Exported props=?',
      'track Segment browser event=Report Exported props={}',
      'track Segment browser event=Report Exported props=?',
      'track Segment browser event=? props=absent',
      'track Segment browser event=Report Exported props=?',
      // Handed to a function, or read: taken as it is.
      'track Segment browser event=Report Exported props=format',
    ]);
  });

  it('knows a template of constants as each string it can be', () => {
    expect(
      recognise(`
        const APP = 'Web';
        const kind = ok ? 'Exported' : 'Shared';
        analytics.track(\`\${APP}: Report Exported\`);
        analytics.track(\`Report \${kind}\`);
        analytics.track(\`\${APP}: \${other}\`);
      `),
    ).toEqual([
      'track Segment browser event=Web: Report Exported props=absent',
      'track Segment browser event=Report Exported|Report Shared props=absent',
      'track Segment browser event=<dynamic> props=absent',
    ]);
  });
});

describe('team wrappers from settings callees', () => {
  const settings = {
    callees: {
      track: [
        'trackEvent',
        { callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' },
        { callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' },
        { callee: 'this.analyticsService.track', event: '0', properties: '2' },
        'useAnalytics().track',
        'useCapture()',
      ],
      identify: ['identifyUser'],
      group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }],
      reset: ['resetAnalytics'],
    },
  };

  it('knows every kind of entry', () => {
    expect(
      recognise(
        `
        trackEvent('Report Exported', { format: 'csv' });
        this.trackEvent('Report Exported');
        capturePostHogEvent(client, 'Report Exported', { format: 'csv' }, 'acct');
        captureSuccess({ eventName: 'Report Exported', payload: { format: 'csv' } });
        class Service { run() { this.analyticsService.track('Report Exported', user, { format: 'csv' }); } }
        function Page() {
          const { track } = useAnalytics();
          track('Report Exported');
          const analyticsHook = useAnalytics();
          analyticsHook.track('Report Shared');
          useAnalytics().track('Report Viewed');
          const capture = useCapture();
          capture('Report Printed', { pages: 2 });
          useCapture()('Report Saved', { format: 'pdf' });
        }
        identifyUser('u1', { email: 'e' });
        joinEventGroup(user, 'a1', { name: 'Acme' });
        resetAnalytics();
      `,
        settings,
      ),
    ).toEqual([
      'track `trackEvent` browser event=Report Exported props=format',
      'track `trackEvent` browser event=Report Exported props=absent',
      'track `capturePostHogEvent` browser event=Report Exported props=format',
      'track `captureSuccess` browser event=Report Exported props=format',
      'track `this.analyticsService.track` browser event=Report Exported props=format',
      'track `useAnalytics().track` browser event=Report Exported props=absent',
      'track `useAnalytics().track` browser event=Report Shared props=absent',
      'track `useAnalytics().track` browser event=Report Viewed props=absent',
      'track `useCapture()` browser event=Report Printed props=pages',
      // What the hook returns, called at once.
      'track `useCapture()` browser event=Report Saved props=format',
      // A plain name: identify(userId, traits).
      'identify `identifyUser` browser traits=email',
      // The entry's own places: the group id is the second argument, the traits the third.
      "group `joinEventGroup` browser traits=name groupId='a1'",
      'reset `resetAnalytics` browser',
    ]);
  });

  it("knows a hook's method taken under another name", () => {
    expect(
      recognise(
        `
        function Page() {
          const { track: send } = useAnalytics();
          send('Report Exported', { format: 'csv' });
          const { 'track': sendAgain } = useAnalytics();
          sendAgain('Report Shared');
          const { reset: forget } = useAnalytics();
          forget();
        }
      `,
        { callees: { track: ['useAnalytics().track'], reset: ['useAnalytics().reset'] } },
      ),
    ).toEqual([
      'track `useAnalytics().track` browser event=Report Exported props=format',
      'track `useAnalytics().track` browser event=Report Shared props=absent',
      'reset `useAnalytics().reset` browser',
    ]);
  });

  it('does not take other functions for wrappers', () => {
    expect(
      recognise(
        `
        other.trackEvent('Report Exported');
        this.other.track('Report Exported');
        const { track } = useRouter();
        track('Report Exported');
        const capture = useOther();
        capture('Report Exported');
        useOther()('Report Exported');
        makeTracker()()('Report Exported');
        const { track: send } = useRouter();
        send('Report Exported');
        const { page: show } = useAnalytics();
        show('Report Exported');
      `,
        settings,
      ),
    ).toEqual([]);
  });
});

describe('SDK calls that a callees entry also names', () => {
  it('are the SDK calls when the callee is an SDK import or a client from an SDK package', () => {
    expect(
      recognise(
        `
        import { track } from '@amplitude/analytics-browser';
        import { PostHog } from 'posthog-node';
        const client = new PostHog('key');
        track('Report Exported', { format: 'csv' }, { groups: { account: 'a1' } });
        client.capture({ distinctId: 'u', event: 'Report Exported' });
      `,
        { callees: { track: ['track', 'client.capture'] } },
      ),
    ).toEqual(['track Amplitude browser event=Report Exported props=format', 'track PostHog server event=Report Exported props=absent']);
  });

  it('are the team wrapper when the client is known only by its conventional name', () => {
    expect(
      recognise(
        `
        class Service { run() { this.analytics.track('Report Exported', { format: 'csv' }, accountId); } }
        function Page() { const { track } = useAnalytics(); track('Report Shared'); }
      `,
        { callees: { track: [{ callee: 'this.analytics.track', groupContext: '2' }, 'track'] } },
      ),
    ).toEqual(['track `this.analytics.track` browser event=Report Exported props=format', 'track `track` browser event=Report Shared props=absent']);
  });

  it('are the team wrapper on a global object too: window, globalThis and self add nothing to a conventional name', () => {
    expect(
      recognise(
        `
        window.analytics.track(user, 'Report Exported', { format: 'csv' });
        globalThis.posthog.capture(user, 'Report Shared');
        self.analytics.track(user, 'Report Viewed');
        window.analytics.identify('u1', { email: 'e' });
      `,
        {
          callees: {
            track: [
              { callee: 'window.analytics.track', event: '1', properties: '2' },
              { callee: 'globalThis.posthog.capture', event: '1', properties: '2' },
              { callee: 'self.analytics.track', event: '1', properties: '2' },
            ],
          },
        },
      ),
    ).toEqual([
      'track `window.analytics.track` browser event=Report Exported props=format',
      'track `globalThis.posthog.capture` browser event=Report Shared props=absent',
      'track `self.analytics.track` browser event=Report Viewed props=absent',
      // A method no entry names stays the SDK's.
      'identify Segment browser traits=email',
    ]);
  });
});

describe('files without tracking calls', () => {
  it('are not visited', () => {
    expect(recognise(`const x = 1; function f() { return x + 1; }`)).toEqual([]);
  });

  /** Whether onTrackingCalls subscribes to anything in a file: it does only where a tracking call can stand. */
  function listens(code: string, settings: Record<string, unknown> = {}): boolean {
    let listened = false;
    const rule: TSESLint.RuleModule<'seen', []> = {
      defaultOptions: [],
      meta: { type: 'problem', schema: [], messages: { seen: 'seen' } },
      create(context) {
        const listeners = onTrackingCalls(context, { track: () => {} });
        listened = Object.keys(listeners).length > 0;
        return listeners;
      },
    };
    new Linter({ configType: 'flat' }).verify(code, [
      { plugins: { probe: { rules: { rule } } as never }, rules: { 'probe/rule': 'error' }, settings: { 'b2b-tracking': settings } },
    ]);
    return listened;
  }

  it('are those whose SDK method names stand without an SDK: form.reset(), console.group(), router.track()', () => {
    expect(listens(`form.reset(); console.group('x'); router.track('Report Exported');`)).toBe(false);
    // An SDK named by its global, its package, or on window: visited.
    expect(listens(`analytics.track('Report Exported');`)).toBe(true);
    expect(listens(`import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nclient.capture({ distinctId: 'u', event: 'Report Exported' });`)).toBe(true);
    expect(listens(`const { track } = require('@amplitude/analytics-node');\ntrack('Report Exported');`)).toBe(true);
    // A wrapper's name is enough.
    expect(listens(`trackEvent('Report Exported');`, { callees: { track: ['trackEvent'] } })).toBe(true);
    expect(listens(`const capture = useCapture();\ncapture('Report Exported');`, { callees: { track: ['useCapture()'] } })).toBe(true);
  });
});

describe('trackingHint, the first test of every file', () => {
  it('holds every SDK method name and the names teams give their wrappers and modules', () => {
    // The SDK methods as the SDKs' docs name them, and wrappers as held-out apps name theirs.
    const sdkMethods = ['track', 'identify', 'group', 'reset', 'capture', 'setGroup', 'groupIdentify', 'track_with_groups', 'set_group', 'add_group'];
    for (const name of [...sdkMethods, 'captureOrgEvent', 'identifyUserInPostHog', 'segmentTrackEvent', 'usePostHogTracking', 'trackOnboarding', 'sendEvent']) {
      expect(trackingHint.test(name), name).toBe(true);
    }
    for (const path of ['@/lib/telemetry', './AnalyticsService', '~/utils/mixpanel', '../amplitude/client', '@acme/metrics', 'src/instrumentation', 'lib/rudder']) {
      expect(trackingHint.test(path), path).toBe(true);
    }
  });

  it('holds none of the words of a component that tracks nothing', () => {
    const component = [
      "import { useState } from 'react';",
      "import { Button } from '@/components/ui/button';",
      "import { cn, formatDate } from '@/lib/utils';",
      'export function Invoice({ rows, onSave }: Props) {',
      '  const [open, setOpen] = useState(false);',
      '  const total = rows.reduce((sum, row) => sum + row.amount, 0);',
      "  return <Button className={cn('invoice', open && 'open')} onClick={() => onSave(formatDate(new Date()), total)}>Save</Button>;",
      '}',
    ].join('\n');
    expect(trackingHint.test(component)).toBe(false);
  });
});
