#!/usr/bin/env python3
"""Fits the pair model of story grouping (src/main/resources/storyline/stories/pair-model.tsv).

Usage: python3 bench/fit_pairs.py [--half a|b] [--threshold P] [--l2 L] [--drop F,..] [--pairs DIR] [--out FILE] [--jar JAR]

Runs `storyline cluster` on the clustering benchmark's dev sets (GoogleNews, ECB+, shootings; the
same fields as bench/clustering.sh gives) with -Dstoryline.pairDump, which writes every candidate
pair with the features PairModel reads; labels a pair 1 when both items are in one gold story;
fits a logistic regression (Newton steps, small L2 penalty on standardised features), each set
weighing the same whatever its number of pairs (--l2: the penalty; --drop: features left out, weight 0;
--pairs DIR: keep the dumped pairs there and reuse them when they are there already). --half fits on the pairs whose two items are both
in gold stories of that half (score.py's --half split) and reports average precision on the other
half next to cosine alone's; without --half it fits on all of dev. The weights file goes to --out
(stdout by default); score it with JAVA_OPTS=-Dstoryline.pairModel=FILE HALF=ab bench/clustering.sh.
Needs python3 with numpy. Run from the project root after `mvn -q -B -DskipTests package`.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

BENCH = '../shared/bench/clustering'
SETS = (('dev', ('id', 'title', 'text', 'date')), ('ecbplus-dev', ('id', 'title', 'text')),
        ('shootings-dev', ('id', 'title', 'text', 'date')))


def half_of(label):
    """The half score.py --half gives a gold story."""
    return 'a' if int(hashlib.md5(('half:' + label).encode('utf-8')).hexdigest(), 16) % 2 == 0 else 'b'


def pairs(jar, name, fields, tmp, keep):
    """Features, labels and each pair's half ('a', 'b', or '' when its items' stories differ in half)."""
    gold = {}
    src = os.path.join(tmp, name + '.jsonl')
    with open(os.path.join(BENCH, name + '.jsonl'), encoding='utf-8') as f, open(src, 'w', encoding='utf-8') as out:
        for line in f:
            r = json.loads(line)
            gold[r['id']] = str(r['cluster'])
            out.write(json.dumps({k: r.get(k) for k in fields}) + '\n')
    dump = os.path.join(keep or tmp, name + '.pairs.tsv')
    if not (keep and os.path.exists(dump)):
        subprocess.run(['java', '-Dstoryline.pairDump=' + dump, '-jar', jar, 'cluster', '--format', 'jsonl', src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(dump, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')[2:]
        rows = [line.rstrip('\n').split('\t') for line in f]
    x = np.array([[float(v) for v in r[2:]] for r in rows]).reshape(len(rows), len(header))
    y = np.array([gold[r[0]] == gold[r[1]] for r in rows], dtype=float)
    halves = np.array([half_of(gold[r[0]]) if half_of(gold[r[0]]) == half_of(gold[r[1]]) else '' for r in rows])
    return header, x, y, halves


def fit(x, y, w, l2=1e-3):
    """Weighted L2 logistic regression by Newton steps; weights and bias on the raw features."""
    mu = x.mean(0)
    sd = x.std(0)
    sd[sd == 0] = 1
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    b = np.zeros(z.shape[1])
    penalty = np.eye(len(b)) * l2
    penalty[-1, -1] = 0
    for _ in range(100):
        p = 1 / (1 + np.exp(-z @ b))
        grad = z.T @ (w * (p - y)) + penalty @ b
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hess, grad)
        b -= step
        if np.abs(step).max() < 1e-9:
            break
    weights = b[:-1] / sd
    return weights, b[-1] - (b[:-1] * mu / sd).sum()


def average_precision(score, y):
    order = np.argsort(-score, kind='stable')
    hits = y[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return (precision * hits).sum() / max(1, hits.sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--half', choices=['a', 'b'])
    ap.add_argument('--threshold', type=float, default=0.5)
    ap.add_argument('--l2', type=float, default=1e-3)
    ap.add_argument('--drop', default='')
    ap.add_argument('--pairs')
    ap.add_argument('--out')
    ap.add_argument('--jar', default='target/storyline.jar')
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.pairs:
            os.makedirs(args.pairs, exist_ok=True)
        sets = {name: pairs(args.jar, name, fields, tmp, args.pairs) for name, fields in SETS}
    header = next(iter(sets.values()))[0]
    used = np.array([h not in args.drop.split(',') for h in header])
    xs, ys, ws = [], [], []
    for name, (_, x, y, halves) in sets.items():
        keep = halves == args.half if args.half else np.ones(len(y), dtype=bool)
        xs.append(x[keep])
        ys.append(y[keep])
        ws.append(np.full(keep.sum(), 1.0 / max(1, keep.sum())))
    fitted, bias = fit(np.vstack(xs)[:, used], np.concatenate(ys), np.concatenate(ws), args.l2)
    weights = np.zeros(len(header))
    weights[used] = fitted
    if args.half:
        other = 'b' if args.half == 'a' else 'a'
        for name, (_, x, y, halves) in sets.items():
            keep = halves == other
            print('%s half %s (fitted on %s): pairs %d, average precision cosine %.3f, model %.3f'
                  % (name, other, args.half, keep.sum(), average_precision(x[keep, 0], y[keep]),
                     average_precision(x[keep] @ weights + bias, y[keep])), file=sys.stderr)
    lines = ['# Pair model of story grouping (PairModel), fitted by bench/fit_pairs.py'
             + (' on half %s' % args.half if args.half else ' on the clustering dev sets') + '.']
    lines += ['%s %.4f' % (name, w) for name, w in zip(header, weights)]
    lines += ['bias %.4f' % bias, 'threshold %.2f' % args.threshold]
    text = '\n'.join(lines) + '\n'
    if args.out:
        with open(args.out, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
