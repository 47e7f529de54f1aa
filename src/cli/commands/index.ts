import * as cards from './cards.js';
import * as extract from './extract.js';

export const commands = [cards, extract];
