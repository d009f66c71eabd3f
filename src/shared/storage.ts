/**
 * Device-only storage for learner progress. Everything lives under the `aman:` prefix in localStorage — a prefix
 * reserved for Aman: "clear my data" removes every key that starts with it, so a host site must not use it for its
 * own keys (docs/embedding.md). When
 * storage is unavailable (private mode, blocked cookies, quota full, a sandboxed iframe) the same API keeps the
 * data in memory so the learner can carry on, just without surviving a reload. Nothing ever leaves the device.
 */
const PREFIX = 'aman:';
const memory = new Map<string, string>();

function local(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined; // access itself throws in some sandboxes
  }
}

export const deviceStore = {
  get(key: string): string | undefined {
    const k = PREFIX + key;
    try {
      const v = local()?.getItem(k);
      if (v != null) return v;
    } catch {
      /* fall through to memory */
    }
    return memory.get(k);
  },

  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean {
    const k = PREFIX + key;
    memory.set(k, value);
    try {
      const s = local();
      if (!s) return false;
      s.setItem(k, value);
      memory.delete(k);
      return true;
    } catch {
      return false;
    }
  },

  remove(key: string): void {
    const k = PREFIX + key;
    memory.delete(k);
    try {
      local()?.removeItem(k);
    } catch {
      /* nothing stored there */
    }
  },

  /** Wipes everything Aman keeps on this device ("clear my data"). Returns how many entries were removed. */
  clearAll(): number {
    let n = 0;
    for (const k of [...memory.keys()]) if (k.startsWith(PREFIX)) (memory.delete(k), n++);
    try {
      const s = local();
      if (s) {
        const keys: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k?.startsWith(PREFIX)) keys.push(k);
        }
        keys.forEach((k) => s.removeItem(k));
        n += keys.length;
      }
    } catch {
      /* storage gone: memory was the only copy */
    }
    return n;
  },
};

/** The caches Aman's service worker fills as people use it (scripts/sw/aman-sw.js); the precache holds only the library. */
export const RUNTIME_CACHES = ['aman-pages', 'aman-packs', 'aman-images'] as const;
/** Where Workbox's expiration plugin recorded when each cached URL was stored (Aman's workers before 2026-12 used it). */
export const EXPIRATION_DB = 'workbox-expiration';

/**
 * The other half of "clear my data": the copies the service worker kept of pages and packs, and the database with
 * the times they were stored — traces of a visit that someone checking the device could find. Never throws.
 */
export async function clearOfflineCopies(): Promise<void> {
  try {
    if (globalThis.caches) await Promise.all(RUNTIME_CACHES.map((name) => caches.delete(name)));
  } catch {
    /* no Cache Storage here (an opaque origin, a sandbox) */
  }
  try {
    const idb = globalThis.indexedDB;
    if (!idb) return;
    if (idb.databases && !(await idb.databases()).some((d) => d.name === EXPIRATION_DB)) return;
    await new Promise<void>((done) => {
      const req = idb.deleteDatabase(EXPIRATION_DB);
      // Blocked: an old worker still has it open; it goes as soon as that worker stops.
      req.onsuccess = req.onerror = req.onblocked = () => done();
    });
  } catch {
    /* IndexedDB unavailable */
  }
}
