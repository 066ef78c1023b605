export const catalog = [];
