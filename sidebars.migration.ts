import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {guidesSidebar} from './plugins/migration/sidebar';

const sidebars: SidebarsConfig = {
  migration: guidesSidebar(),
};

export default sidebars;
