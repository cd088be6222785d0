import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { InputOf, OutputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { ApiError } from '../../src-shared/contract/define';
import { call, currentGeneration, onGeneration } from './client';

/**
 * Data from main for a page, with one invalidation for all (rule 11): every successful write, on any
 * page, goes through `call` and bumps the generation (client.ts); every `useApiQuery` then asks main
 * again. Pages never keep a copy of a record that another page could have changed.
 */
export interface Query<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Data from main for this page: fetched when shown, and again after any write anywhere. */
export function useApiQuery<C extends ChannelName>(channel: C, input: InputOf<C> | null): Query<OutputOf<C>> {
  const current = useSyncExternalStore(onGeneration, currentGeneration);
  const [local, setLocal] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const asked = `${channel}|${key ?? ''}|${current}|${local}`;
  const [answer, setAnswer] = useState<{ asked: string; key: string | null; data: OutputOf<C> | null; error: ApiError | null } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void call(channel, JSON.parse(key) as InputOf<C>).then((result) => {
      if (live) setAnswer({ asked, key, data: result.ok ? result.value : null, error: result.ok ? null : result.error });
    });
    return () => {
      live = false;
    };
  }, [channel, key, asked]);
  const reload = useCallback(() => setLocal((n) => n + 1), []);
  // What was answered for this input stays shown while it is asked again; another input's never is.
  const same = answer !== null && answer.key === key;
  return { data: same ? answer.data : null, error: same ? answer.error : null, loading: key !== null && answer?.asked !== asked, reload };
}
