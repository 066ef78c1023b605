import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {describe, expect, it} from 'vitest';
import {errorCatalog} from '..';
import {catalogJsonSchemaDocument, toCatalogJson} from '../catalog-json';

const site = 'https://docs.ax.example';

describe('catalog.json', () => {
  const json = toCatalogJson(site);

  it('validates against the published JSON Schema', () => {
    const ajv = new Ajv2020({allErrors: true, strict: false});
    addFormats(ajv);
    const validate = ajv.compile(catalogJsonSchemaDocument(site));
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has the documented shape for every entry', () => {
    expect(json.version).toBe('2.1.0');
    expect(json.errors).toHaveLength(errorCatalog.length);
    const retired = json.errors.find((e) => e.id === 'AX1040')!;
    expect(retired).toMatchObject({status: 'retired', retiredIn: '2.1.0', replacedBy: 'AX1042', url: `${site}/errors/AX1040`});
    const active = json.errors.find((e) => e.id === 'AX1042')!;
    expect(Object.keys(active)).toEqual(['id', 'title', 'area', 'severity', 'status', 'message', 'params', 'causes', 'fixes', 'url', 'aliases', 'related', 'introducedIn']);
  });

  it('rejects an entry the schema does not allow', () => {
    const ajv = new Ajv2020({strict: false});
    addFormats(ajv);
    const validate = ajv.compile(catalogJsonSchemaDocument(site));
    const bad = {version: '2.1.0', errors: [{...json.errors[0], status: 'deprecated'}]};
    expect(validate(bad)).toBe(false);
  });
});
