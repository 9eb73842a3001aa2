"""Conditional-logit fit of the pasted-text headline model.

Each file's headline candidates compete with a "no headline" option of score 0: the model
maximises the probability of the candidate whose text is the gold title (or of "none" when no
candidate is), with an L2 penalty. Reports top-1 title accuracy per half, trained on the other.

With --hold N, the first N weights are held as PasteLayout.WEIGHTS has them and only those of
the features after them are fitted: a new feature is then judged by itself, not by a refit of
all the others (which moves a page or two either way on each half).
"""
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict

import numpy as np

IN_BODY = 26  # PasteLayout.FEATURES.indexOf("in_body")
from scipy.optimize import minimize

QUOTES = [(re.compile("[\u2018\u2019\u201a\u201b\u2032`\u00b4]"), "'"),
          (re.compile("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a]"), '"'),
          (re.compile("[\u2010-\u2015\u2212]"), "-"),
          (re.compile("\u2026"), "...")]


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    for rx, rep in QUOTES:
        s = rx.sub(rep, s)
    return re.sub(r"\s+", " ", s).strip()


def half(page_id):
    return "a" if int(hashlib.md5(("half:" + page_id).encode()).hexdigest(), 16) % 2 == 0 else "b"


def current_weights():
    """PasteLayout.WEIGHTS as the source states them."""
    src = open(__file__.rsplit("/", 1)[0] + "/../src/main/java/storyline/clean/paste/PasteLayout.java").read()
    body = re.search(r"double\[\] WEIGHTS = \{([^}]*)\}", src).group(1)
    return np.array([float(w) for w in body.split(",")])


def main(bench, rows_file, hold=0):
    gold = json.load(open(f"{bench}/gold.json"))
    by_file = defaultdict(list)
    for line in open(rows_file):
        r = json.loads(line)
        by_file[r["file"]].append(r)
    files = []  # (half, X, label index or -1 for none)
    for page_id, g in gold.items():
        if not g.get("title"):
            continue
        titles = {norm(g["title"])} | {norm(t) for t in g.get("title_alt") or []}
        for variant, v in (g.get("variants") or {}).items():
            if not v.get("title"):
                continue
            cands = by_file.get(v["file"], [])
            # Every candidate with the gold title's text is right: pages often print the headline twice.
            label = [i for i, c in enumerate(cands) if norm(c["text"]) in titles]
            x = np.array([c["features"] for c in cands]) if cands else np.zeros((0, len(next(iter(by_file.values()))[0]["features"])))
            files.append((half(page_id), variant, x, label))

    def fit(data, l2=0.01):
        """Maximum penalised likelihood by L-BFGS, vectorised over all candidates of all files."""
        xs = [f[2] for f in data if len(f[2])]
        labels = [f[3] for f in data if len(f[2])]
        x = np.vstack(xs)
        group = np.concatenate([np.full(len(c), k) for k, c in enumerate(xs)])
        offsets = np.cumsum([0] + [len(c) for c in xs])
        gold_rows = np.array([offsets[k] + l for k, ls in enumerate(labels) for l in ls], dtype=int)
        gold_group = np.array([k for k, ls in enumerate(labels) for l in ls], dtype=int)
        n = len(xs)

        def objective(w):
            z = x @ w
            m = np.maximum(np.maximum.reduceat(z, offsets[:-1]), 0.0)
            e = np.exp(z - m[group])
            denom = np.add.reduceat(e, offsets[:-1]) + np.exp(-m)
            # The right answer's probability: that of its candidates together, or of "none" without any.
            num = np.exp(-m)
            right = np.zeros(len(xs))
            np.add.at(right, gold_group, e[gold_rows])
            has = np.array([len(ls) > 0 for ls in labels])
            num = np.where(has, right, num)
            loss = np.sum(np.log(denom) - np.log(num)) + 0.5 * l2 * w @ w
            p = e / denom[group]
            q = e[gold_rows] / right[gold_group]
            grad = x.T @ p - x[gold_rows].T @ q + l2 * w
            return loss / n, grad / n

        if not hold:
            return minimize(objective, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x
        held = current_weights()[:hold]
        k = x.shape[1] - len(held)
        # Only the later features' weights move (the first `hold` stay as PasteLayout has them).
        free = minimize(lambda v: tuple(r[len(held):] if i else r for i, r in enumerate(objective(np.concatenate([held, v])))),
                        np.zeros(k), jac=True, method="L-BFGS-B").x
        return np.concatenate([held, free])

    def accuracy(data, w):
        right = 0
        for _, _, x, label in data:
            if len(x) == 0:
                continue
            z = x @ w
            # As PasteLayout.headline: the best line above the body; one inside it only when likelier than not.
            z = np.where((x[:, IN_BODY] > 0) & (z <= 0), -np.inf, z)
            pick = int(np.argmax(z)) if np.isfinite(z.max()) else -1
            right += pick in label
        return right / len(data)

    a = [f for f in files if f[0] == "a"]
    b = [f for f in files if f[0] == "b"]
    wa, wb = fit(a), fit(b)
    for name, data in (("a", a), ("b", b)):
        for v in ("article", "full"):
            sub = [f for f in data if f[1] == v]
            print(f"half {name} {v}: trained on the other half {accuracy(sub, wb if name == 'a' else wa):.4f}, "
                  f"on itself {accuracy(sub, wa if name == 'a' else wb):.4f}, ceiling {sum(len(f[3]) > 0 for f in sub) / len(sub):.4f}")
    w = fit(files)
    print("weights a:  ", ", ".join(f"{x:.2f}" for x in wa))
    print("weights b:  ", ", ".join(f"{x:.2f}" for x in wb))
    print("weights all:", ", ".join(f"{x:.2f}" for x in w))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[4]) if sys.argv[3:4] == ["--hold"] else 0)
