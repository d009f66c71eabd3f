import { deviceStore } from '../shared/storage.js';

const KEY = 'xapi-account';

/**
 * A pseudonym for the xAPI actor when the agency gives none: random, made once per device and kept under
 * `aman:xapi-account`, so the LRS can tell one trainee's attempts apart from another's without knowing who they are.
 * "Clear my data" forgets it: the next attempt has a new pseudonym. `getRandomValues`, not `randomUUID`: plain-http
 * intranet pages have only the former.
 */
export function deviceAccountName(): string {
  const had = deviceStore.get(KEY);
  if (had && /^aman-[0-9a-f]{32}$/.test(had)) return had;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const name = 'aman-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  deviceStore.set(KEY, name);
  return name;
}
