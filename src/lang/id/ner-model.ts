export const nerModel = '';
