import { useState, type ReactNode } from 'react';
import type { InputOf, OutputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { PrintedDocument } from '../../src-shared/printing/types';
import { call } from '../api/client';
import { PrintPreview } from './PrintPreview';

/** Channels that produce a printed form. */
export type PrintChannel = { [C in ChannelName]: OutputOf<C> extends PrintedDocument ? C : never }[ChannelName];

/** Asks main for a form and shows its preview; a refusal (e.g. training not complete) comes back as text. */
export function usePrint(): {
  print: <C extends PrintChannel>(channel: C, input: InputOf<C>) => Promise<void>;
  preview: ReactNode;
  error: string | null;
} {
  const [printing, setPrinting] = useState<PrintedDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const print = async <C extends PrintChannel>(channel: C, input: InputOf<C>) => {
    setError(null);
    const result = await call(channel, input);
    if (result.ok) setPrinting(result.value as PrintedDocument);
    else setError(result.error.message);
  };
  const preview = printing ? <PrintPreview document={printing} onClose={() => setPrinting(null)} /> : null;
  return { print, preview, error };
}
