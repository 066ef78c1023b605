/** `@theme` components of the security plugin (its `theme/` folder); a site can swizzle them. */
declare module '@theme/SecurityDashboard' {
  export default function SecurityDashboard(props: {dashboard: import('../../src/security/dashboard').SecurityDashboard} & import('./index').SecurityPageProps): import('react').ReactElement;
}
