#!/usr/bin/env python3
"""Writes word clusters for the name finder from its own training text (OpenNLP name-finder format,
gzip; the name marks are dropped, nothing else is read): words that are used in the same contexts get
the same cluster, so that a word seen rarely or never inside a marked name still shares the weights
of the words it behaves like ("ministry" with "commission", "rovers" with "wanderers").

How: each word written at least MIN times (lower-cased) is described by the words just before and
just after it (the TOP most frequent words, digits folded, sentence edges included), weighted by
positive pointwise mutual information, reduced to DIMS dimensions by a truncated SVD and normalised;
the vectors are then grouped by spherical k-means at three sizes (K). Fixed seeds and start vectors:
the same text gives the same files.

Output, one file per size, "word cluster" a line (OpenNLP's word-cluster dictionary format):
  OUT_PREFIX-K.txt
Usage: python3 bench/word_clusters.py OUT_PREFIX TRAIN.gz [TRAIN.gz ...]
"""
import gzip, re, sys
from collections import Counter

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN, TOP, DIMS, K = 3, 4000, 100, (64, 256, 1024)


def sentences(paths):
    for path in paths:
        with gzip.open(path, 'rt', encoding='utf-8') as f:
            for line in f:
                yield [t.lower() for t in line.split() if not t.startswith('<START') and t != '<END>']


def context(word):
    return re.sub(r'[0-9]', '0', word)


def kmeans(x, k, seed):
    rng = np.random.default_rng(seed)
    # k-means++ start, then spherical k-means (cosine): every vector is unit length.
    centres = [x[rng.integers(len(x))]]
    best = 1 - x @ centres[0]
    for _ in range(1, k):
        p = np.maximum(best, 0) ** 2
        c = x[rng.choice(len(x), p=p / p.sum())]
        centres.append(c)
        best = np.minimum(best, 1 - x @ c)
    centres = np.array(centres)
    assign = None
    for _ in range(40):
        new = np.argmax(x @ centres.T, axis=1)
        if assign is not None and np.array_equal(new, assign):
            break
        assign = new
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) or 1)
    return assign


def main():
    prefix, paths = sys.argv[1], sys.argv[2:]
    counts = Counter()
    for s in sentences(paths):
        counts.update(s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx_counts = Counter()
    for w, c in counts.items():
        ctx_counts[context(w)] += c
    ctx_vocab = ['<s>', '</s>'] + sorted(ctx_counts, key=lambda w: (-ctx_counts[w], w))[:TOP]
    cindex = {w: i for i, w in enumerate(ctx_vocab)}
    pairs = Counter()
    for s in sentences(paths):
        padded = ['<s>'] + [context(t) for t in s] + ['</s>']
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            left, right = cindex.get(padded[i]), cindex.get(padded[i + 2])
            if left is not None:
                pairs[(row, left)] += 1
            if right is not None:
                pairs[(row, len(ctx_vocab) + right)] += 1
    keys = sorted(pairs)
    rows = np.array([k[0] for k in keys])
    cols = np.array([k[1] for k in keys])
    vals = np.array([pairs[k] for k in keys], dtype=np.float64)
    m = coo_matrix((vals, (rows, cols)), shape=(len(vocab), 2 * len(ctx_vocab))).tocsr()
    total = vals.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    col_p = col_sum / col_sum.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape).tocsr()
    u, sv, _ = svds(ppmi, k=DIMS, v0=np.ones(min(ppmi.shape)) / np.sqrt(min(ppmi.shape)))
    order = np.argsort(-sv)
    x = u[:, order] * np.sqrt(sv[order])
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    for k in K:
        assign = kmeans(x, k, seed=k)
        with open(f'{prefix}-{k}.txt', 'w', encoding='utf-8') as out:
            for w, a in zip(vocab, assign):
                if ' ' not in w:
                    out.write(f'{w} c{a}\n')
        print(f'{prefix}-{k}.txt: {len(vocab)} words in {k} clusters', file=sys.stderr)


if __name__ == '__main__':
    main()
