import { numericBound } from './numeric-bound.js';

export const name = 'at_most';
export const atMost = numericBound(name);
