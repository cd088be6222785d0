/** A job's states as the page sees them, asked between every step main takes, up to its end. */
export async function followJob<S extends { readonly status: string }>(ask: () => Promise<S>): Promise<S[]> {
  const states: S[] = [];
  for (;;) {
    const state = await ask();
    states.push(state);
    if (state.status !== 'running') return states;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
