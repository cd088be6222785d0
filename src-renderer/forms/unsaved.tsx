import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

interface UnsavedRegistry {
  /** Labels of the forms that hold input not yet saved. */
  readonly dirtyForms: readonly string[];
  readonly set: (id: string, label: string, dirty: boolean) => void;
}

const Context = createContext<UnsavedRegistry | null>(null);

/** Knows which open forms hold unsaved input, so that switching user or closing can ask first. */
export function UnsavedProvider({ children }: { children: ReactNode }) {
  const [forms, setForms] = useState<ReadonlyMap<string, string>>(new Map());
  // Stable, so that forms registering themselves do not re-run their effects on every change.
  const set = useCallback((id: string, label: string, dirty: boolean) => {
    setForms((current) => {
      if (dirty === current.has(id) && (!dirty || current.get(id) === label)) return current;
      const next = new Map(current);
      if (dirty) next.set(id, label);
      else next.delete(id);
      return next;
    });
  }, []);
  const registry = useMemo<UnsavedRegistry>(() => ({ dirtyForms: [...forms.values()], set }), [forms, set]);
  const hasDirty = forms.size > 0;
  useEffect(() => {
    if (!hasDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasDirty]);
  return <Context.Provider value={registry}>{children}</Context.Provider>;
}

export function useUnsavedForms(): readonly string[] {
  return useContext(Context)?.dirtyForms ?? [];
}

/** Declares that this form has unsaved input while `dirty` is true. */
export function useUnsavedChanges(label: string, dirty: boolean): void {
  const registry = useContext(Context);
  const id = useId();
  const set = registry?.set;
  useEffect(() => {
    set?.(id, label, dirty);
  }, [set, id, label, dirty]);
  useEffect(() => () => set?.(id, label, false), [set, id, label]);
}
