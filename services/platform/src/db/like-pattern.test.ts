import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike } from './like-pattern.js';

describe('LIKE escaping', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('snake_case')).toBe('snake\\_case');
    expect(escapeLike('a\\b')).toBe('a\\\\b');
    expect(escapeLike("'; drop table x; --")).toBe("'; drop table x; --");
  });

  it('wraps the escaped text for a contains match', () => {
    expect(containsPattern('50%_off')).toBe('%50\\%\\_off%');
  });
});
