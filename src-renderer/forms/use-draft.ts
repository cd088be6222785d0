import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { InputOf } from '../../src-shared/contract/api';
import { call } from '../api/client';

export type DraftData = InputOf<'drafts.put'>['data'];

/** Saved this long after the last keystroke… */
const QUIET_DELAY_MS = 400;
/** …and at least this often while someone keeps typing. */
const MAX_WAIT_MS = 2000;

/**
 * Autosaves what a form holds into main (SQLite), so that a lock, a crash or a power cut loses at most
 * the last two seconds of typing, and hands back the last draft once when the form opens. An empty form
 * clears its draft.
 */
export function useDraft(
  formKey: string,
  data: DraftData,
  isEmpty: boolean,
  onRestore: (data: unknown, savedAt: string) => void,
): { readonly loaded: boolean; readonly saveNow: (data: DraftData, isEmpty: boolean) => Promise<void> } {
  const [loaded, setLoaded] = useState(false);
  const restore = useEffectEvent(onRestore);
  const pendingSince = useRef<number | null>(null);

  useEffect(() => {
    void call('drafts.get', { formKey }).then((result) => {
      if (result.ok && result.value) restore(result.value.data, result.value.savedAt);
      setLoaded(true);
    });
  }, [formKey]);

  const saveNow = useCallback(
    async (now: DraftData, empty: boolean) => {
      pendingSince.current = null;
      await (empty ? call('drafts.clear', { formKey }) : call('drafts.put', { formKey, data: now }));
    },
    [formKey],
  );

  useEffect(() => {
    if (!loaded) return undefined;
    const now = Date.now();
    pendingSince.current ??= now;
    const delay = Math.max(0, Math.min(QUIET_DELAY_MS, pendingSince.current + MAX_WAIT_MS - now));
    const timer = setTimeout(() => void saveNow(data, isEmpty), delay);
    return () => clearTimeout(timer);
  }, [loaded, saveNow, data, isEmpty]);

  return { loaded, saveNow };
}
