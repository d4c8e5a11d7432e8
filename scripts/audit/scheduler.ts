/** How many requests may run at once: in all, and per host name. */
export interface Limits {
  global: number;
  perHost: number;
}

/** Runs tasks under a global and a per-host concurrency limit; a host can be told to wait and slow down. */
export interface Scheduler {
  /** Runs `task` once the host and the run as a whole have a free slot. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** The host asked us to wait (Retry-After): start nothing there for `waitMs`, then one request at a time. */
  slowDown(host: string, waitMs: number): void;
}

interface Gate {
  active: number;
  limit: number;
  pausedUntil: number;
  /** FIFO of waiting tasks; `head` is the next one (shifting a long array each time would be quadratic). */
  waiting: (() => void)[];
  head: number;
  timer?: ReturnType<typeof setTimeout>;
}

const gate = (limit: number): Gate => ({ active: 0, limit, pausedUntil: 0, waiting: [], head: 0 });

/** Lets waiting tasks through while the gate has room and is not paused. */
function admit(g: Gate, now: () => number): void {
  while (g.head < g.waiting.length && g.active < g.limit) {
    const wait = g.pausedUntil - now();
    if (wait > 0) {
      if (!g.timer) {
        g.timer = setTimeout(() => {
          g.timer = undefined;
          admit(g, now);
        }, wait);
      }
      return;
    }
    g.active++;
    const next = g.waiting[g.head++]!;
    if (g.head === g.waiting.length) {
      g.waiting.length = 0;
      g.head = 0;
    }
    next();
  }
}

function enter(g: Gate, now: () => number): Promise<void> {
  return new Promise((resolve) => {
    g.waiting.push(resolve);
    admit(g, now);
  });
}

function leave(g: Gate, now: () => number): void {
  g.active--;
  admit(g, now);
}

/** A scheduler with FIFO queues: a task takes its host's slot first, then a global one. */
export function createScheduler(limits: Limits, now: () => number = Date.now): Scheduler {
  if (!(limits.global >= 1 && limits.perHost >= 1)) throw new Error('concurrency limits must be at least 1');
  const all = gate(limits.global);
  const hosts = new Map<string, Gate>();
  const hostGate = (host: string) => {
    let g = hosts.get(host);
    if (!g) hosts.set(host, (g = gate(limits.perHost)));
    return g;
  };
  return {
    async run(host, task) {
      const h = hostGate(host);
      await enter(h, now);
      await enter(all, now);
      try {
        return await task();
      } finally {
        leave(all, now);
        leave(h, now);
      }
    },
    slowDown(host, waitMs) {
      const h = hostGate(host);
      h.pausedUntil = Math.max(h.pausedUntil, now() + waitMs);
      h.limit = 1;
    },
  };
}
