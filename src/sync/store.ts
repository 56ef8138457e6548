/** A value React reads with `useSyncExternalStore`: `get` and `subscribe` are stable; `set` notifies. */
export class Store<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  get = () => this.value;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  set(value: T) {
    this.value = value;
    this.listeners.forEach((l) => l());
  }
}
