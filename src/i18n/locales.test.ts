// Translation gate: English and Welsh files mirror each other key for key, with the same
// {{interpolations}}, every Welsh plural form Intl.PluralRules needs, and no English copied
// across as "Welsh". A missing or extra key fails here, not in front of a claimant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Strings that are the same in both languages on purpose. */
const SAME_IN_BOTH = new Set([
  'common.appName',
  'common.pageTitle',
  'common.language.en',
  'common.language.cy',
  'help.samaritans.title',
]);

type Flat = Record<string, string>;

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, out);
  } else throw new Error(`${prefix} is not a string or object`);
  return out;
}

function load(language: string): Flat {
  const out: Flat = {};
  for (const file of readdirSync(join(root, language)).filter((f) => f.endsWith('.json'))) {
    const json: unknown = JSON.parse(readFileSync(join(root, language, file), 'utf8'));
    flatten(json, file.replace(/\.json$/, ''), out);
  }
  return out;
}

function baseKeys(flat: Flat): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of Object.keys(flat)) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = bases.get(base) ?? new Set<string>();
    if (match?.[1]) forms.add(match[1]);
    bases.set(base, forms);
  }
  return bases;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const languages = readdirSync(root).filter((d) => !d.startsWith('.'));
const en = load('en');
const enBases = baseKeys(en);

describe.each(languages.filter((l) => l !== 'en'))('locales/%s', (language) => {
  const other = load(language);
  const otherBases = baseKeys(other);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has the same files as English', () => {
    expect(readdirSync(join(root, language)).sort()).toEqual(readdirSync(join(root, 'en')).sort());
  });

  it('has every English key and no extra keys', () => {
    expect([...otherBases.keys()].sort()).toEqual([...enBases.keys()].sort());
  });

  it('has exactly the plural forms its plural rules need', () => {
    for (const [base, forms] of otherBases) {
      if (enBases.get(base)?.size) expect([...forms].sort(), base).toEqual([...categories].sort());
    }
  });

  it('uses the same interpolations as English', () => {
    for (const [key, text] of Object.entries(other)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const english = en[key] ?? en[`${base}_other`] ?? en[base];
      expect(english, key).toBeDefined();
      expect(placeholders(text), key).toEqual(placeholders(english ?? ''));
    }
  });

  it('is translated, not English copied across', () => {
    const copied = Object.keys(other).filter(
      (key) =>
        !SAME_IN_BOTH.has(key) && other[key] === en[key] && /[a-z]{4,}/i.test(other[key] ?? ''),
    );
    expect(copied).toEqual([]);
    expect(Object.entries(other).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('Welsh plurals', () => {
  it('Intl.PluralRules gives Welsh all six forms', () => {
    const rules = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 4].map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
});
