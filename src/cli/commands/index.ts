import * as cards from './cards.js';
import * as extract from './extract.js';
import * as preview from './preview.js';

export const commands = [cards, extract, preview];
