// The template library of the faulty site: one fault per templates/* rule, planted below and in
// templates/broken/. Plain objects, so the fixture needs no imports.
export const datastores = [{id: 'none', name: 'None', summary: 'No database.', permissions: []}];

export const templateRegistry = [
  {
    archetype: 'broken',
    name: 'Broken',
    summary: 'Claims runtime 2.0 and 2.4 but uses what only one of them has.',
    useCases: ['Planting faults'],
    includes: ['A plugin'],
    owner: 'cli',
    datastores: ['none'],
    lintRules: ['ax/default-export', 'ax/no-console'],
    compatibility: {runtimes: ['2.0', '2.4']},
  },
  {
    archetype: 'orphan',
    name: 'Orphan',
    summary: 'Names a datastore the registry does not offer.',
    useCases: ['Planting faults'],
    includes: ['Nothing'],
    owner: 'cli',
    datastores: ['mongodb'],
    lintRules: ['ax/default-export'],
    compatibility: {runtimes: ['2.0']},
  },
];
