/**
 * The real exports in ../shared/plans-real (beside the clone in CI, read-only;
 * never copied into the repository), as [name, plan] pairs: a plan is the
 * file when its folder holds one file, else the folder itself (MANIFEST.md).
 * Empty when the folder is absent.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = [path.resolve('../shared/plans-real'), path.resolve('../../shared/plans-real')].find((dir) => existsSync(path.join(dir, 'MANIFEST.md')));

export const realPlans: [string, string][] = [];
for (const format of root ? readdirSync(root) : []) {
  if (!statSync(path.join(root!, format)).isDirectory()) continue;
  for (const name of readdirSync(path.join(root!, format))) {
    const dir = path.join(root!, format, name);
    const files = readdirSync(dir);
    const one = files.length === 1 && statSync(path.join(dir, files[0]!)).isFile();
    realPlans.push([`${format}/${name}`, one ? path.join(dir, files[0]!) : dir]);
  }
}
