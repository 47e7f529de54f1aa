// Everything that needs BullMQ, behind one dynamic import in index.ts (one import, not
// several at once: Jest's ESM loader trips over concurrent imports sharing a module).
export { openQueue } from './connection.js';
export { enqueueOn } from './enqueue.js';
export { followRun } from './follow.js';
export { statusOf, retryOn } from './admin.js';
export { runWorker } from './worker.js';
