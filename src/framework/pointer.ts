/**
 * JSON Pointers (RFC 6901), the form ajv reports paths in (`instancePath`), and the dotted paths
 * users and checklists see (`victims.non_punishment.scope`, `trafficking.acts.2`).
 */

export function childPointer(parent: string, segment: string | number): string {
  return `${parent}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function dottedPath(pointer: string): string {
  return pointerSegments(pointer).join('.');
}

/** The value at a pointer in plain data; undefined when a segment does not exist. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
