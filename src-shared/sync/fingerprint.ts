/**
 * A fingerprint people can read aloud over the phone: six groups of five digits, each from five bytes of
 * the key's SHA-256 (as Signal's safety numbers do). Needs at least 30 bytes of digest.
 */
export function fingerprintDigits(digest: Uint8Array): string {
  if (digest.length < 30) throw new Error('El resumen de la clave es demasiado corto.');
  const groups: string[] = [];
  for (let g = 0; g < 6; g++) {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 256 + (digest[g * 5 + i] ?? 0);
    groups.push(String(value % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
