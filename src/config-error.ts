import { isIdentifierName } from './identifiers.js';

/**
 * The error for bad settings, rule options or plan files. ESLint prints the
 * stack of an error thrown while a rule starts; this one's stack is its
 * message alone, so the user reads one sentence that names the setting or
 * file and the path inside it, not a trace through the plugin.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`eslint-plugin-b2b-tracking: ${message}`);
    this.name = 'ConfigError';
    this.stack = this.message;
  }
}

/** `events["Report Exported"].required` from the keys of a JSON path. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (isIdentifierName(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
