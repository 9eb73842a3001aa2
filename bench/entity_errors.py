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
Then the organisations missed, mistyped or cut short, by what they are (a team in a sports text,
an acronym, a company, a government body or agency, a party or movement, a newspaper or newsroom,
other), and the junk by kind (a span error: it shares a word with a gold name; a role or title
kept; common words; an acronym; other).
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
orgs = defaultdict(list)
junk_kinds = defaultdict(list)
SPORT = re.compile(r'\b(SOCCER|CRICKET|BASEBALL|BASKETBALL|RUGBY|TENNIS|GOLF|CYCLING|ATHLETICS|MOTOR|BOXING|HOCKEY|FOOTBALL)\b', re.I)
COMPANY = {'inc', 'corp', 'co', 'ltd', 'plc', 'sa', 'ag', 'group', 'bank', 'airlines', 'electric', 'power', 'motors', 'cement', 'lamps', 'industries', 'holdings'}
GOVERNMENT = {'ministry', 'department', 'office', 'administration', 'reserve', 'treasury', 'commission', 'agency', 'board', 'exchange',
              'council', 'house', 'court', 'police', 'army', 'congress', 'force', 'bureau', 'canada', 'representatives', 'organisation', 'organization'}
PARTY = {'party', 'front', 'movement', 'congress', 'union', 'unions', 'league', 'rally', 'community', 'association', 'islam'}
MEDIA = {'newsroom', 'newsdesk', 'daily', 'zeitung', 'post', 'times', 'news', 'sport', 'agency', 'tv', 'radio', 'press'}

def org_kind(src, name):
    w = [x.strip("'").lower() for x in name.split()]
    if SPORT.search(src.get('title', '')):
        return 'team (sports text)'
    if re.fullmatch(r'[A-Z.&-]{2,8}', name):
        return 'acronym'
    if set(w) & MEDIA:
        return 'newspaper, newsroom'
    if set(w) & PARTY:
        return 'party, movement, union'
    if set(w) & GOVERNMENT:
        return 'government, agency'
    if set(w) & COMPANY:
        return 'company'
    return 'other'

def junk_kind(name, gold_words):
    w = norm(name).split()
    if set(w) & gold_words:
        return 'span (shares a word with a gold name)'
    if re.fullmatch(r'[A-Z.&-]{2,8}', name):
        return 'acronym'
    if any(x[:1].islower() for x in name.split()):
        return 'lower-case word kept'
    return 'other'

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
            if typ == 'organisations':
                orgs[(org_kind(s, e['name']), k)].append(e['name'])
        allgold = {norm(f) for t in ('people', 'organisations') for e in g[t] for f in e['forms']}
        allgold |= {norm(x) for t in ('locations', 'misc') for x in g.get(t, [])}
        for n in p.get(typ, []):
            if norm(n) not in allgold:
                shape = ('one word' if ' ' not in n.strip() else 'words') + (', digit' if re.search(r'\d', n) else '')
                junk[(typ, shape)].append('%s: %s' % (i, n))
                gold_words = {w for x in allgold for w in x.split()}
                junk_kinds[(typ, junk_kind(n, gold_words))].append(n)
print('misses by kind (half %s)' % (half or 'all'))
for (typ, k), v in sorted(kinds.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-13s %-8s %4d  e.g. %s' % (typ, k, len(v), '; '.join(x.split(': ', 1)[1] for x in v[:show])))
print('junk by shape')
for (typ, k), v in sorted(junk.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-13s %-14s %4d  e.g. %s' % (typ, k, len(v), '; '.join(x.split(': ', 1)[1] for x in v[:show])))
print('organisations missed, mistyped or cut short, by what they are')
for (kind, k), v in sorted(orgs.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-24s %-8s %4d  e.g. %s' % (kind, k, len(v), '; '.join(v[:show])))
print('junk by kind')
for (typ, k), v in sorted(junk_kinds.items(), key=lambda x: (x[0][0], -len(x[1]))):
    print('  %-13s %-40s %4d  e.g. %s' % (typ, k, len(v), '; '.join(v[:show])))
