// Pages behind the sign-in are loaded on demand, one chunk per feature.
export const page = <M>(load: () => Promise<M>, pick: (module: M) => React.ComponentType) => ({
  lazy: async () => ({ Component: pick(await load()) }),
});
