/** The fixture's error catalog, as far as its routes go: the site serves `/errors/AX1042`. */
export const catalogSources = [{file: 'errors/catalog/index.ts', errors: [{id: 'AX1042', aliases: []}]}];
