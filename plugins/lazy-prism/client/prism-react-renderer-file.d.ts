// The package's ES module file, imported by path so the bundler's replacement of the bare name skips it.
declare module 'prism-react-renderer/dist/index.mjs' {
  export * from 'prism-react-renderer';
}
