import { assetUrl } from '../shared/assets.js';
import { publicKeyFromDidKey } from './multibase.js';

/**
 * The agencies whose signatures Aman accepts: `trust/keys.json` beside the library, which a deploying agency
 * replaces with its own list (docs/certificates.md). Offline there is no way to learn that a key was withdrawn
 * since, so every verdict is "trusted as of `asOf`".
 */
export interface TrustedKey {
  /** `did:key:z6Mk…` (what `aman-sign keygen` writes to agency-public.json). */
  id: string;
  /** Who holds the key, e.g. "UPTD PPA Kabupaten Contoh". */
  name: string;
  /** The agency's contact type or its own words, e.g. "uptd-ppa". */
  agency: string;
}

export interface TrustList {
  /** YYYY-MM-DD: the day the list was last checked. */
  asOf: string;
  keys: TrustedKey[];
}

export const EMPTY_TRUST_LIST: TrustList = { asOf: '', keys: [] };

/** The list as data, or null when it is not one (an entry whose id is not an Ed25519 did:key makes it invalid). */
export function parseTrustList(data: unknown): TrustList | null {
  const d = data as Partial<TrustList> | null;
  if (!d || typeof d !== 'object' || typeof d.asOf !== 'string' || !/^(\d{4}-\d{2}-\d{2})?$/.test(d.asOf) || !Array.isArray(d.keys)) return null;
  const keys: TrustedKey[] = [];
  for (const k of d.keys) {
    if (!k || typeof k !== 'object' || typeof k.id !== 'string' || !/^did:key:z6Mk\w+$/.test(k.id) || !publicKeyFromDidKey(k.id)) return null;
    keys.push({ id: k.id, name: typeof k.name === 'string' ? k.name : '', agency: typeof k.agency === 'string' ? k.agency : '' });
  }
  return { asOf: d.asOf, keys };
}

/**
 * Fetches the trust list from the library's own origin (never another: a list from elsewhere would let that site
 * decide which certificates are genuine). Throws when it cannot be read or is not a list.
 */
export async function loadTrustList(url: string = assetUrl('trust/keys.json')): Promise<TrustList> {
  const at = new URL(url, document.baseURI);
  if (at.origin !== location.origin) throw new Error(`trust list ${at.href} is not on ${location.origin}`);
  const res = await fetch(at.href, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`trust list ${at.href}: ${res.status}`);
  const list = parseTrustList(await res.json());
  if (!list) throw new Error(`trust list ${at.href} is not { asOf, keys: [{ id: "did:key:z6Mk…", name, agency }] }`);
  return list;
}

/** The trusted key for a did:key or its verification method (`did:key:z…#z…`). */
export function findTrustedKey(list: TrustList, id: string): TrustedKey | undefined {
  const did = id.split('#')[0]!;
  return list.keys.find((k) => k.id === did);
}

/** The short key id a compact code carries: the last 8 characters of the did:key. */
export const keyIdOf = (did: string): string => did.slice(-8);
