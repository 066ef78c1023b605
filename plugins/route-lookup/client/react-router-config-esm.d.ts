// The package's own ESM build, imported by path so the bundler alias for the bare name skips it.
declare module 'react-router-config/esm/react-router-config.js' {
  export {matchRoutes, renderRoutes} from 'react-router-config';
}
