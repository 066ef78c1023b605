import {good, source} from './base';

// A misspelled flag in a fix's command, and a misspelled command in a step's inline code.
export default source('unknown-command', [
  good({
    id: 'AX1042',
    fixes: [
      {step: 'Scaffold it again.', command: 'ax plugin init billing-sync --tmplate data-sync'},
      {step: 'Then run `ax plugin validat`.'},
    ],
  }),
]);
