/** A storage error code → its message key under `byo:errors.storage` (unknown codes read as `failed`). */
export function storageErrorKey(code: string): 'unavailable' | 'failed' | 'not-found' | 'invalid' | 'quota' {
  return code === 'unavailable' || code === 'not-found' || code === 'invalid' || code === 'quota'
    ? code
    : 'failed';
}
