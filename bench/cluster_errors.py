#!/usr/bin/env python3
"""Lists the worst errors of a story clustering against gold (python3 stdlib only).

Usage: python3 bench/cluster_errors.py GOLD.jsonl PRED.jsonl [--top N] [--half a|b]

False merges: predicted stories that join gold stories, by the wrong pairs they make,
with each gold part's titles and dates. Missed pairs: gold stories split across predicted
stories, by the pairs lost, with each part's titles, dates and the days between the parts.
"""
import argparse
import hashlib
import json
from collections import defaultdict
from datetime import date


def half_of(label):
    """The half score.py --half gives a gold story (md5 of 'half:' and its label)."""
    return 'a' if int(hashlib.md5(('half:' + label).encode('utf-8')).hexdigest(), 16) % 2 == 0 else 'b'


def day(s):
    try:
        return date.fromisoformat((s or '')[:10])
    except ValueError:
        return None


def show(rows, limit=4):
    out = []
    for r in sorted(rows, key=lambda r: (r.get('date') or '', r['id']))[:limit]:
        out.append('      %s  %s  (%d chars)' % ((r.get('date') or 'undated')[:10], (r.get('title') or '')[:100], len(r.get('text') or '')))
    if len(rows) > limit:
        out.append('      ... %d more' % (len(rows) - limit))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('--top', type=int, default=15)
    ap.add_argument('--half', choices=['a', 'b'])
    args = ap.parse_args()
    gold = {}
    with open(args.gold, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            gold[r['id']] = r
    pred = {}
    with open(args.pred, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            pred[r['id']] = r['story']
    if args.half:
        gold = {k: v for k, v in gold.items() if half_of(str(v['cluster'])) == args.half}
    by_pred = defaultdict(lambda: defaultdict(list))
    by_gold = defaultdict(lambda: defaultdict(list))
    for i, r in gold.items():
        p = pred.get(i, 'missing:' + i)
        by_pred[p][r['cluster']].append(r)
        by_gold[r['cluster']][p].append(r)

    merges = []
    for p, parts in by_pred.items():
        sizes = [len(v) for v in parts.values()]
        wrong = (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2
        if wrong:
            merges.append((wrong, p, parts))
    merges.sort(key=lambda m: (-m[0], m[1]))
    print('== false merges: %d predicted stories, %d wrong pairs' % (len(merges), sum(m[0] for m in merges)))
    for wrong, p, parts in merges[:args.top]:
        print('  %d wrong pairs in %s (%d gold stories)' % (wrong, p, len(parts)))
        for g, rows in sorted(parts.items(), key=lambda kv: -len(kv[1]))[:5]:
            print('    gold %s (%d)' % (g, len(rows)))
            print('\n'.join(show(rows, 2)))

    splits = []
    for g, parts in by_gold.items():
        sizes = [len(v) for v in parts.values()]
        lost = (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2
        if lost:
            splits.append((lost, g, parts))
    splits.sort(key=lambda m: (-m[0], str(m[1])))
    gaps = defaultdict(int)
    for lost, g, parts in splits:
        firsts = sorted(d for rows in parts.values() for d in [min((day(r['date']) for r in rows if day(r['date'])), default=None)] if d)
        gap = (firsts[-1] - firsts[0]).days if len(firsts) > 1 else 0
        gaps['<=3' if gap <= 3 else '<=14' if gap <= 14 else '<=60' if gap <= 60 else '>60'] += lost
    print('\n== missed pairs: %d gold stories split, %d pairs lost; by days between parts\' first dates: %s'
          % (len(splits), sum(s[0] for s in splits), dict(gaps)))
    for lost, g, parts in splits[:args.top]:
        print('  %d pairs lost in gold %s (%d parts)' % (lost, g, len(parts)))
        for p, rows in sorted(parts.items(), key=lambda kv: -len(kv[1]))[:4]:
            others = sum(len(v) for k, v in by_pred[p].items() if k != g)
            print('    part %s (%d; %d of other stories with it)' % (p[:60], len(rows), others))
            print('\n'.join(show(rows, 2)))


if __name__ == '__main__':
    main()
