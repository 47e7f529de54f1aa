import * as batch from './batch.js';
import * as card from './card.js';
import * as cards from './cards.js';
import * as extract from './extract.js';
import * as preview from './preview.js';
import * as queue from './queue.js';
import * as worker from './worker.js';

export const commands = [cards, card, extract, batch, preview, worker, queue];
