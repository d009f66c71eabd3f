/**
 * Device-only storage for learner progress. Everything lives under the `aman:` prefix in localStorage; when
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
