import * as extract from './extract.js';

export const commands = [extract];
