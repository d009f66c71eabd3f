import { expect } from '@open-wc/testing';
import { deviceStore } from '../../src/shared/storage.js';
import { deviceAccountName } from '../../src/xapi/account.js';
import { clearAmanStorage } from '../helpers.js';

describe('xAPI pseudonym of this device', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('is random, kept on the device, and the same after a reload', () => {
    const a = deviceAccountName();
    expect(a).to.match(/^aman-[0-9a-f]{32}$/);
    expect(localStorage.getItem('aman:xapi-account')).to.equal(a);
    expect(deviceAccountName()).to.equal(a);
  });

  it('is forgotten by "clear my data": the next one is new', () => {
    const a = deviceAccountName();
    deviceStore.clearAll();
    expect(localStorage.getItem('aman:xapi-account')).to.equal(null);
    expect(deviceAccountName()).not.to.equal(a);
  });

  it('replaces a stored value that is not one of its pseudonyms (a name typed into the store by hand)', () => {
    deviceStore.set('xapi-account', 'Siti Rahmawati');
    expect(deviceAccountName()).to.match(/^aman-[0-9a-f]{32}$/);
  });
});
