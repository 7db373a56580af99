/** Phong trào thi đua: who launched it and how it runs (Luật Thi đua, khen thưởng 2022, Điều 6). */
export const MOVEMENT_TYPES = ['regular', 'periodic', 'thematic'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/** Luật Thi đua, khen thưởng 2022, Điều 6: thi đua thường xuyên, thi đua theo đợt (hoặc chuyên đề). */
export const MOVEMENT_TYPE_LABELS: Record<MovementType, string> = {
  regular: 'Thường xuyên',
  periodic: 'Theo đợt',
  thematic: 'Chuyên đề',
};

export const LAUNCH_LEVELS = ['national', 'province', 'commune'] as const;
export type LaunchLevel = (typeof LAUNCH_LEVELS)[number];

export const LAUNCH_LEVEL_LABELS: Record<LaunchLevel, string> = {
  national: 'Trung ương (Thủ tướng Chính phủ phát động)',
  province: 'Tỉnh, thành phố',
  commune: 'Xã, phường',
};
