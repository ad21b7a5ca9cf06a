import type { MeResponse } from '@tongxin/types';

/** 李秀兰, a resident of 丽日家园2号楼 (兴旺社区): her home is found through her resident role's building. */
export const liriResident: MeResponse = {
  id: 'member-1',
  nickname: '李秀兰',
  avatarUrl: null,
  phone: '13800000002',
  roles: [
    {
      id: 'grant-1',
      role: 'resident',
      placeId: 'building-2',
      placeName: '丽日家园2号楼',
      placeLevel: 'building',
      grantedAt: '2026-11-22T06:00:00.000Z',
    },
  ],
  home: null,
  createdAt: '2026-11-22T06:00:00.000Z',
};

/** Her building with its ancestors (GET places/building-2): 滨河街道 › 兴旺社区 › 丽日家园红色网格. */
export const liriBuilding = {
  id: 'building-2',
  name: '丽日家园2号楼',
  level: 'building',
  parentId: 'grid-1',
  ancestors: [
    { id: 'street-1', name: '滨河街道', level: 'street' },
    { id: 'community-1', name: '兴旺社区', level: 'community' },
    { id: 'grid-1', name: '丽日家园红色网格', level: 'grid' },
  ],
  boundary: null,
  retired: false,
};
