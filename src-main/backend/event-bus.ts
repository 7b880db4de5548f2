import type { EventName, EventPayloads } from '../../src-shared/api';

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void;

/** Backend -> hosts events. A failing listener is logged and does not stop the others. */
export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<EventName>);
    return () => {
      set.delete(listener as Listener<EventName>);
    };
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[backend] a "${event}" listener failed:`, error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
