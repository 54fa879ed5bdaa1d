/**
 * A JSON-ready copy of anything IndexedDB can hold. A stored record may hold anything structured clone can
 * store (BigInt, Map, Date, typed arrays, Blob, cycles…), which JSON.stringify would throw on or drop: each
 * such value becomes a tagged object (`{"$type": …}`) so a download of set-aside records always builds and
 * says what was there.
 */

const MAX_DEPTH = 200;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function special(value: object, walk: (v: unknown) => unknown): unknown {
  if (value instanceof Date) {
    return { $type: 'Date', value: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  }
  if (value instanceof Map) return { $type: 'Map', entries: [...value].map(([k, v]) => [walk(k), walk(v)]) };
  if (value instanceof Set) return { $type: 'Set', values: [...value].map(walk) };
  if (value instanceof RegExp) return { $type: 'RegExp', source: value.source, flags: value.flags };
  if (value instanceof ArrayBuffer) return { $type: 'ArrayBuffer', base64: base64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $type: value.constructor.name, base64: base64(bytes) };
  }
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const name = typeof File !== 'undefined' && value instanceof File ? value.name : undefined;
    return { $type: name === undefined ? 'Blob' : 'File', name, size: value.size, mimeType: value.type };
  }
  if (value instanceof Error) return { $type: 'Error', name: value.name, message: value.message };
  if (value instanceof Boolean || value instanceof Number || value instanceof String) {
    return walk(value.valueOf());
  }
  return undefined;
}

/** A JSON-ready copy of any stored value; never throws. */
export function jsonSafe(input: unknown): unknown {
  const ancestors = new Set<object>();
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'bigint') return { $type: 'BigInt', value: value.toString() };
    if (typeof value === 'number')
      return Number.isFinite(value) ? value : { $type: 'Number', value: String(value) };
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) return { $type: 'Circular' };
    if (depth > MAX_DEPTH) return { $type: 'TooDeep' };
    ancestors.add(value);
    try {
      const next = (v: unknown) => walk(v, depth + 1);
      const tagged = special(value, next);
      if (tagged !== undefined) return tagged;
      if (Array.isArray(value)) return value.map(next);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, next(v)]));
    } finally {
      ancestors.delete(value);
    }
  };
  try {
    return walk(input, 0);
  } catch (error) {
    return { $type: 'Unreadable', reason: String(error) };
  }
}
