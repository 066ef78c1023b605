/**
 * `@theme` components of the templates plugin (its `theme/` folder), for TypeScript modules and
 * MDX pages that import them. A site can swizzle any of them.
 */
declare module '@theme/TemplateCompatibility' {
  export default function TemplateCompatibility(): import('react').ReactElement;
}
