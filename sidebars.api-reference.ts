import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {referenceSidebar} from './plugins/migration/sidebar';

const sidebars: SidebarsConfig = {
  migration: referenceSidebar(__dirname),
};

export default sidebars;
