/**
 * The built-in packs by id, in report order. Kept free of imports so that the CLI can feed
 * commander's help and choices from it without loading any pack.
 */
export const BUILTIN_PACKS = {
  'tip-protocol': 'Trafficking in Persons Protocol',
  'som-protocol': 'Smuggling of Migrants Protocol',
  untoc: 'UN Convention against Transnational Organized Crime, as it applies to the Protocols',
  principles: 'Protection principles: non-punishment, non-conditional assistance, humanitarian exemption, firewall, identification and referral, children, data',
  'post-session': 'Post-session checklist: the four questions, answered from the detailed requirements (not scored)',
} as const satisfies Record<string, string>;

export type BuiltinPackId = keyof typeof BUILTIN_PACKS;

export const BUILTIN_PACK_IDS = Object.keys(BUILTIN_PACKS) as BuiltinPackId[];

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return Object.hasOwn(BUILTIN_PACKS, id);
}
