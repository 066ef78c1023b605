import {good, source} from './base';

// Retired, with neither replacedBy nor retiredNote.
export default source('retired-without-replacement', [
  good(),
  good({id: 'AX1040', title: 'Authentication token expired', aliases: [], introducedIn: '1.6.0', retiredIn: '2.1.0'}),
]);
