import {Prism} from 'prism-react-renderer/dist/index.mjs';
import prismIncludeLanguages from '@theme/prism-include-languages';

/**
 * prism-react-renderer as the bundles see it (see ../index.ts): the package itself, with the
 * site's `prism.additionalLanguages` registered the moment it is first imported, by the theme's
 * own (swizzlable) registration function, as its start-up client module did.
 */
prismIncludeLanguages(Prism);

export * from 'prism-react-renderer/dist/index.mjs';
