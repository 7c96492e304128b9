import type { WorkItem } from './work-item';

/** The panel's items by id, and their ids oldest first (the shape @ngrx/entity's sorted state had). */
export interface WorkItemList {
  readonly ids: readonly string[];
  readonly entities: Readonly<Entities>;
}

type Entities = Partial<Record<string, WorkItem>>;

// Oldest first, as they were offered; items without a time keep their id order.
const byArrival = (a: WorkItem, b: WorkItem) =>
  (a.assignedAt ?? 0) - (b.assignedAt ?? 0) || a.workId.localeCompare(b.workId);

/**
 * The state with these entities; the ids array stays the same object while their order does,
 * so that selectors of the list recompute only when it changes.
 */
function withEntities<S extends WorkItemList>(state: S, entities: Entities): S {
  const ids = (Object.values(entities) as WorkItem[]).sort(byArrival).map((item) => item.workId);
  const same = ids.length === state.ids.length && ids.every((id, i) => id === state.ids[i]);
  return { ...state, ids: same ? state.ids : ids, entities };
}

/**
 * The few collection updates the work items slice needs, written out rather than taken from
 * @ngrx/entity: its generic adapter cost the initial bundle about 1.5 KB gzip for five calls.
 */
export const workItemsAdapter = {
  getInitialState: <T extends object>(extra: T): T & WorkItemList => ({ ...extra, ids: [], entities: {} }),
  setAll: <S extends WorkItemList>(items: readonly WorkItem[], state: S): S =>
    withEntities(state, Object.fromEntries(items.map((item) => [item.workId, item]))),
  /** Adds the item, or merges it into the one with its id. */
  upsertOne: <S extends WorkItemList>(item: WorkItem, state: S): S =>
    withEntities(state, { ...state.entities, [item.workId]: { ...state.entities[item.workId], ...item } }),
  updateOne: <S extends WorkItemList>(id: string, changes: Partial<WorkItem>, state: S): S => {
    const item = state.entities[id];
    return item ? withEntities(state, { ...state.entities, [id]: { ...item, ...changes } }) : state;
  },
  /** The items oldest first; a new array only when the items or their order change (a new notice is not). */
  selectAll: () => {
    let last: { list: WorkItemList; all: WorkItem[] } | null = null;
    return (list: WorkItemList): WorkItem[] => {
      if (last?.list.ids !== list.ids || last.list.entities !== list.entities)
        last = { list, all: list.ids.map((id) => list.entities[id] as WorkItem) };
      return last.all;
    };
  },
  removeOne: <S extends WorkItemList>(id: string, state: S): S => {
    if (!state.entities[id]) return state;
    const { [id]: _gone, ...entities } = state.entities;
    return withEntities(state, entities);
  },
};
