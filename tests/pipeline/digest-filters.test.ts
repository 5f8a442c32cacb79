import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe('send --dry-run with a filtered digest (the offline demo feeds)', () => {
  it('says how many stories each rule removed, with one title, and builds the edition from the rest', async () => {
    const { dir, config } = writeTestConfig([
      'digests:',
      '  - key: daily',
      '    name: Daily',
      '    langs: [en]',
      '    exclude:',
      '      - { keyword: tram, in: [title] }',
      '      - { regex: "coffee|cocoa", in: [title, text] }',
    ]);
    const r = await cli(['send', '--dry-run', '--digest', 'daily', '--config', config], { env: { DIGEST_SECRET: 'filters-test-secret-0123456789' }, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/filter langs \[en\] removed 2 stories, e\.g\. "(Pemerintah targetkan|Banjir rob)[^"]*"/);
    expect(r.stdout).toContain(
      'filter exclude keyword "tram" in title removed 1 story, e.g. "City council approves 12 km tram extension after two-year debate"',
    );
    expect(r.stdout).toContain(
      'filter exclude regex /coffee|cocoa/ in title, text removed 1 story, e.g. "Drought cuts Brazil\'s coffee harvest forecast for a second year"',
    );
    // Seven demo stories, four removed.
    expect(r.stdout).toMatch(/would send edition daily-\S+: 3 stories/);
  });
});
