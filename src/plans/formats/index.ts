/**
 * The plan formats the plugin reads besides its own, and how a file's
 * content tells which one it is. Each reader maps its format onto the
 * plugin's plan model (see model.ts); the loader (src/plan.ts) parses the
 * files, picks the reader and reports what a reader finds wrong.
 */
import { accoil } from './accoil.js';
import { avo } from './avo.js';
import type { PlanData, PlanDocument } from './model.js';
import { mparticle } from './mparticle.js';
import { rudderstack } from './rudderstack.js';
import { segmentConfigApi } from './segment-config-api.js';
import { segmentPublicApi } from './segment-public-api.js';
import { segmentTypewriter } from './segment-typewriter.js';
import { snowplow } from './snowplow.js';

export interface ReadContext {
  /** The other plan files beside a single file (an Accoil template's base), parsed; read only when asked for. */
  siblings(): PlanDocument[];
}

export interface PlanFormat {
  /** The `planFormat` setting's value for this format. */
  id: string;
  /** The format's name in messages. */
  label: string;
  /** What a file of this format has, for the message when `planFormat` names it for a file without it. */
  marker: string;
  /** Whether a plan of this format may be a directory of its files. */
  directory?: boolean;
  /** Whether a parsed file looks like this format (a quick look at its top-level keys). */
  recognises(data: unknown): boolean;
  /** The plan the files say; throws a FormatError where one breaks the format. */
  read(documents: PlanDocument[], context: ReadContext): PlanData;
}

/** In the order they are tried: the more specific first (a Typewriter plan also has `rules[]`; Avo's events have `rules`, Accoil's not). */
export const importedFormats: readonly PlanFormat[] = [segmentTypewriter, segmentPublicApi, segmentConfigApi, rudderstack, mparticle, snowplow, avo, accoil];
