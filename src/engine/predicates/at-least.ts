import { numericBound } from './numeric-bound.js';

export const name = 'at_least';
export const atLeast = numericBound(name);
