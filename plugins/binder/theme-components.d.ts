/**
 * `@theme` components of the binder plugin (its `theme/` folder), for TypeScript modules that
 * import them. A site can swizzle any of them.
 */
declare module '@theme/BinderChapterPage' {
  import type {BinderPageProps} from '../../src/binder/views/types';

  export default function BinderChapterPage(props: {page: BinderPageProps}): import('react').ReactElement;
}
