/**
 * The default collèges (the seed's forum had four) and relation kinds (UX.md), created in every
 * workspace with these fixed ids so that imports and examples can refer to them. Their labels come
 * from i18n by key; users may rename them or add their own.
 */
export const DEFAULT_COLLEGES = {
  public_authorities: '00000000-0000-7000-8000-00000000c001',
  economic_actors: '00000000-0000-7000-8000-00000000c002',
  civil_society: '00000000-0000-7000-8000-00000000c003',
  experts_research: '00000000-0000-7000-8000-00000000c004',
} as const;

export const DEFAULT_RELATION_KINDS = {
  cooperation: '00000000-0000-7000-8000-00000000a001',
  funding: '00000000-0000-7000-8000-00000000a002',
  information: '00000000-0000-7000-8000-00000000a003',
  authority: '00000000-0000-7000-8000-00000000a004',
  partnership: '00000000-0000-7000-8000-00000000a005',
  supply: '00000000-0000-7000-8000-00000000a006',
  conflict: '00000000-0000-7000-8000-00000000a007',
} as const;
