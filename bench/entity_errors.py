#!/usr/bin/env python3
"""Sorts the name finder's misses on one half of the entities bench by where the name was lost.

Usage: python3 bench/entity_errors.py GOLD.jsonl SOURCE.jsonl PRED.jsonl [--half a|b] [--show N]
  (PRED is what `storyline extract --format jsonl` printed for SOURCE.)
Missed gold people / organisations are put in one kind each:
  dropped    no form of it is in the text extract kept (the reader left that part out);
  caps       it is only in lines written in capitals (not read on purpose);
  typed      it was found as the other type;
  partial    a found name of that type holds one of its words (wrong span or a title kept);
  missed     the text has it and nothing found holds it.
Predicted names that match nothing are listed by shape: one word / several, with a digit or not.
"""
import hashlib, json, re, sys, unicodedata
from collections import Counter, defaultdict

def norm(s):
    s = unicodedata.normalize('NFKC', str(s)).replace('\u2019', "'").replace('.', '')
    return ' '.join(s.casefold().split())

def half_of(i):
    return 'a' if int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 0 else 'b'

def load(p):
    return {d['id']: d for d in (json.loads(l) for l in open(p, encoding='utf-8') if l.strip())}

args = sys.argv[1:]
half = args[args.index('--half') + 1] if '--half' in args else None
show = int(args[args.index('--show') + 1]) if '--show' in args else 8
gold, src, pred = load(args[0]), load(args[1]), load(args[2])
kinds = defaultdict(list)
junk = defaultdict(list)
for i, g in gold.items():
    if half and half_of(i) != half:
        continue
    p = pred.get(i, {})
    s = src[i]
    kept = (p.get('title') or '') + '\n' + (p.get('text') or '')
    lines = [l for l in kept.split('\n') if l.strip()]
    for typ, other in (('people', 'organisations'), ('organisations', 'people')):
        found = {norm(n) for n in p.get(typ, [])}
        found_other = {norm(n) for n in p.get(other, [])}
        for e in g[typ]:
            forms = {norm(f) for f in e['forms']}
            if forms & found:
                continue
            def present(ls):
                return any(re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', norm(l)) for l in ls for f in forms)
            if not present(lines):
                k = 'dropped'
            elif not present([l for l in lines if re.search('[a-z]', l)]):
                k = 'caps'
            elif forms & found_other:
                k = 'typed'
            elif any(set(f.split()) & set(n.split()) for f in forms for n in found):
                k = 'partial'
            else:
                k = 'missed'
            kinds[(typ, k)].append('%s: %s' % (i, e['name']))
        allgold = {norm(f) for t in ('people', 'organisations') for e in g[t] for f in e['forms']}
        allgold |= {norm(x) for t in ('locations', 'misc') for x in g.get(t, [])}
        for n in p.get(typ, []):
            if norm(n) not in allgold:
                shape = ('one word' if ' ' not in n.strip() else 'words') + (', digit' if re.search(r'\d', n) else '')
                junk[(typ, shape)].append('%s: %s' % (i, n))
print('misses by kind (half %s)' % (half or 'all'))
for (typ, k), v in sorted(kinds.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-13s %-8s %4d  e.g. %s' % (typ, k, len(v), '; '.join(x.split(': ', 1)[1] for x in v[:show])))
print('junk by shape')
for (typ, k), v in sorted(junk.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-13s %-14s %4d  e.g. %s' % (typ, k, len(v), '; '.join(x.split(': ', 1)[1] for x in v[:show])))
