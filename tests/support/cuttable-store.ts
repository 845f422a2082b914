import type { RelationalStore } from '../../data/ports.ts';

export interface CuttableStore {
  /** The store to hand to the code under test: it answers as the wrapped one until `cut`. */
  store: RelationalStore;
  /** From now on every query and transaction fails (the registry as a process that died sees it, or one whose database is away). */
  cut(): void;
  /** Answers again. */
  restore(): void;
}

/** A relational store whose calls fail while it is cut: a registry that is down, without stopping a shared server. */
export function cuttable(store: RelationalStore): CuttableStore {
  let isCut = false;
  const fail = () => Promise.reject(new Error('registry unreachable'));
  return {
    store: {
      ...store,
      query: (sql, params) => (isCut ? fail() : store.query(sql, params)),
      transaction: (work) => (isCut ? fail() : store.transaction(work)),
    } as RelationalStore,
    cut: () => {
      isCut = true;
    },
    restore: () => {
      isCut = false;
    },
  };
}
