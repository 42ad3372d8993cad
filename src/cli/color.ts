import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

/**
 * Colour is decided once per stream and passed on as a Chalk instance (never the global one).
 * chalk 5 honours FORCE_COLOR, `--no-color` and whether the stream is a terminal, but not
 * NO_COLOR (https://no-color.org), so NO_COLOR is handled here: set and not empty means no colour.
 */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** commander's value for `--no-color`: false when the flag was given. */
  color?: boolean;
  env: Record<string, string | undefined>;
  /** What chalk detected for the stream (0 when it is not a terminal). */
  detected: ColorLevel;
}

export function colorLevel({ color, env, detected }: ColorInputs): ColorLevel {
  if (color === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return detected;
}

export type StreamName = 'stdout' | 'stderr';

const instances = new Map<StreamName, ChalkInstance>();

/** The Chalk instance for output written to `stream`, honouring `--no-color` and NO_COLOR. */
export function chalkFor(options: { color?: boolean }, stream: StreamName = 'stdout'): ChalkInstance {
  let instance = instances.get(stream);
  if (instance === undefined) {
    const support = stream === 'stdout' ? supportsColor : supportsColorStderr;
    const detected = (support ? support.level : 0) as ColorLevel;
    instance = new Chalk({ level: colorLevel({ color: options.color, env: process.env, detected }) });
    instances.set(stream, instance);
  }
  return instance;
}
