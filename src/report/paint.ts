import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The colour instance a formatter paints with. A boolean builds a private instance (level 0 or 1)
 * so nothing depends on chalk's global auto-detection, which ignores NO_COLOR.
 */
export function paintWith(color: ChalkInstance | boolean): ChalkInstance {
  if (typeof color === 'boolean') return new Chalk({ level: color ? 1 : 0 });
  return color;
}
