import { describe, expect, it } from 'vitest';
import { matching, operationsOf } from './openapi-model';

const doc = {
  openapi: '3.1.0',
  paths: {
    '/api/b/{id}': {
      put: {
        operationId: 'putB',
        tags: ['b'],
        summary: '修改',
        description: 'Changes a b.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '200': { description: 'Success.' }, '404': { description: '`NOT_FOUND`' } },
      },
    },
    '/api/a': {
      get: {
        operationId: 'getA',
        tags: ['a'],
        summary: '列表',
        parameters: [
          { name: 'state', in: 'query', schema: { type: 'string', enum: ['x', 'y'] } },
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
        ],
        responses: { '200': { description: 'Success.' } },
      },
      post: { tags: ['a'], requestBody: { content: { 'text/csv': {} } }, responses: {} },
    },
  },
};

describe('the docs page model', () => {
  it('lists operations by tag and path, with their parameters, body and answers', () => {
    const ops = operationsOf(doc);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /api/a',
      'POST /api/a',
      'PUT /api/b/{id}',
    ]);
    expect(ops[0]!.params).toEqual([
      { name: 'state', in: 'query', required: false, type: 'x | y' },
      { name: 'ids', in: 'query', required: false, type: 'integer[]' },
    ]);
    expect(ops[1]!.body).toBe('text/csv');
    expect(ops[1]!.id).toBe('post /api/a');
    expect(ops[2]!.body).toContain('"type": "object"');
    expect(ops[2]!.responses.map((r) => r.status)).toEqual(['200', '404']);
  });

  it('survives a document that is not one', () => {
    expect(operationsOf(null)).toEqual([]);
    expect(operationsOf({ paths: { '/x': { get: 'nonsense' } } })[0]!.summary).toBe('');
  });

  it('filters by path, summary or description, ignoring case', () => {
    const ops = operationsOf(doc);
    expect(matching(ops, 'CHANGES').map((o) => o.id)).toEqual(['putB']);
    expect(matching(ops, '列表').map((o) => o.id)).toEqual(['getA']);
    expect(matching(ops, '  ')).toHaveLength(3);
  });
});
