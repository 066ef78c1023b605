import assert from 'node:assert/strict';
import {test} from 'node:test';
import {checkInstall} from '../src/policy';

test('allows a plugin from an allowed publisher and flags any other', () => {
  assert.equal(checkInstall('acme-billing', ['acme-']).allowed, true);
  assert.equal(checkInstall('other-billing', ['acme-']).allowed, false);
});
