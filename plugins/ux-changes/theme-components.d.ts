/**
 * `@theme` components of the ux-changes plugin (its `theme/` folder), for TypeScript modules
 * that import them. A site can swizzle any of them.
 */
declare module '@theme/UxChanges' {
  export default function UxChanges(): import('react').ReactElement;
}
