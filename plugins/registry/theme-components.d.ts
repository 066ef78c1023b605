/**
 * `@theme` components that this site's own plugins provide (each plugin's `theme/` folder), for
 * TypeScript modules that import them. A site can swizzle any of them.
 */
declare module '@theme/ArchitectureMap' {
  export default function ArchitectureMap(): import('react').ReactElement;
}
declare module '@theme/OwnershipMatrix' {
  export default function OwnershipMatrix(): import('react').ReactElement;
}
