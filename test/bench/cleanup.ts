/**
 * What must be undone however the bench ends (error, Ctrl-C): servers, browser, temp folders.
 * `onCleanup(fn)` returns a function that runs `fn` once, now, and forgets it; `cleanupAll()` runs
 * whatever is left, newest first, and never throws.
 */
type Task = () => unknown;
const tasks = new Set<Task>();

export function onCleanup(fn: Task): () => Promise<void> {
  let done = false;
  const task: Task = async () => {
    if (done) return;
    done = true;
    tasks.delete(task);
    await fn();
  };
  tasks.add(task);
  return async () => {
    await task();
  };
}

export async function cleanupAll(): Promise<void> {
  for (const task of [...tasks].reverse()) {
    try {
      await task();
    } catch (e) {
      console.error('cleanup failed:', e);
    }
  }
}
