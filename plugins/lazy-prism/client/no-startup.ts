/**
 * Stands in for the classic theme's `prism-include-languages` client module, which imported
 * Prism on every page to register extra languages; ./prism.ts registers them on first use.
 */
export {};
