import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Lab} from '@site/src/labs/types';

/** The lab of the current doc page, from its own front matter: no other lab's data is loaded. */
export function useLab(): Lab {
  const {metadata, frontMatter} = useDoc();
  const fm = frontMatter as unknown as Omit<Lab, 'id'> & {prerequisites?: string[]};
  return {...fm, prerequisites: fm.prerequisites ?? [], id: metadata.id.split('/').pop()!};
}
