import { describe, expect, test } from 'vitest';
import { modelTable } from '../../../src/core/frameworks/dsl/model-table';

describe("modelTable: a model class's conventional table (Rails tableize, Eloquent $table)", () => {
  test('snake case, the last word plural, irregular plurals, acronyms, namespaces left out', () => {
    expect(modelTable('Plan')).toBe('plans');
    expect(modelTable('UserCategory')).toBe('user_categories');
    expect(modelTable('Person')).toBe('people');
    expect(modelTable('IssueStatus')).toBe('issue_statuses');
    expect(modelTable('HTTPRequest')).toBe('http_requests');
    expect(modelTable('Admin::Plan')).toBe('plans');
    expect(modelTable('\\App\\Models\\Address')).toBe('addresses');
  });
});
