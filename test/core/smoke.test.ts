import { expect } from '@open-wc/testing';
import { LANGS } from '../../src/core/types.js';

describe('types', () => {
  it('lists the three languages, Indonesian first', () => {
    expect(LANGS).to.deep.equal(['id', 'en', 'jv']);
  });
});
