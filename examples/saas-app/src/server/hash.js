import { createHash } from 'node:crypto';

/** SHA-256 of a normalised e-mail address: joins invitees across tools without sending the address. */
export function hashEmail(email) {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
