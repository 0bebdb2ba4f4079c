/**
 * Which imports of the linted file are looked up for wrappers without
 * `callees`: those named for tracking (`trackEvent`, `useAnalytics`), those
 * from a module named for it (`@/lib/telemetry`), and those a method named
 * for tracking is called on (`notifier.sendEvent(`). An import named for
 * nothing of it, from a module named for nothing of it, is not resolved nor
 * read: `callees` names such a wrapper.
 */
import { fileURLToPath } from 'node:url';
import eventNameFormat from '../../src/rules/event-name-format.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

const app = fileURLToPath(new URL('../fixtures/projects/next-app/', import.meta.url));
const page = `${app}src/app/reports/page.tsx`;
const script = `${app}src/app/reports/export.ts`;
const legacy = `${app}src/app/reports/legacy.js`;
const settings = { 'b2b-tracking': { stickyGroups: true } };
const withCallees = (track: string[]) => ({ 'b2b-tracking': { stickyGroups: true, callees: { track } } });

/** A case where the call is seen: its name is fixed to Title Case. */
const seen = (code: string, filename: string, caseSettings: Record<string, unknown> = settings) => ({
  code,
  filename,
  settings: caseSettings,
  output: code.replace(`'report exported'`, `'Report Exported'`),
  errors: [{ messageId: 'wrongStyle' as const, ...at(code, `'report exported'`), suggestions: [] }],
});

const button = (imports: string, call: string) => `${imports}\nexport function Export() {\n  return <button onClick={() => ${call}} />;\n}`;

tsxRuleTester.run('event-name-format: imports looked up for wrappers, in a component (TSX)', eventNameFormat, {
  valid: [
    // `notify` from `@/lib/notify`: neither says tracking, and no method named for it is called; `callees` names it.
    { code: button(`import { notify } from '@/lib/notify';`, `notify('report exported')`), filename: page, settings },
    { code: button(`import { notifier } from '@/lib/notify';`, `notifier.send('report exported')`), filename: page, settings },
  ],
  invalid: [
    // A module named for tracking: its functions are looked at whatever their names.
    seen(button(`import { send } from '@/lib/telemetry';`, `send('report exported')`), page),
    // A method named for tracking called on the import.
    seen(button(`import { notifier } from '@/lib/notify';`, `notifier.sendEvent('report exported')`), page),
    // The import's local name says tracking.
    seen(button(`import { notify as trackEvent } from '@/lib/notify';`, `trackEvent('report exported')`), page),
    // Named in `callees`: seen whatever its name.
    seen(button(`import { notify } from '@/lib/notify';`, `notify('report exported')`), page, withCallees(['notify'])),
  ],
});

const instance = (name: string) => `import { Notifier } from '@/lib/notify';\nconst ${name} = new Notifier();\n${name}.send('report exported');`;

tsRuleTester.run('event-name-format: instances looked up for wrappers (TypeScript)', eventNameFormat, {
  valid: [
    // An instance named for nothing of tracking, whose class and module are not either.
    { code: instance('notifications'), filename: script, settings },
  ],
  invalid: [
    seen(instance('tracker'), script),
    seen(instance('notifications'), script, withCallees(['notifications.send'])),
  ],
});

jsRuleTester.run('event-name-format: imports looked up for wrappers (JavaScript)', eventNameFormat, {
  valid: [{ code: `import { notify } from '@/lib/notify-legacy';\nnotify('report exported');`, filename: legacy, settings }],
  invalid: [
    seen(`import { send } from '@/lib/telemetry/send';\nsend('report exported');`, legacy),
    seen(`import { notifier } from '@/lib/notify-legacy';\nnotifier.sendEvent('report exported');`, legacy),
    seen(`import { notify } from '@/lib/notify-legacy';\nnotify('report exported');`, legacy, withCallees(['notify'])),
  ],
});
