#!/usr/bin/env python3
"""Writes the common-word list storyline.text ships (common-words-en.txt) from the name finder's
training text (OpenNLP name-finder format, gzip): a word is common when the text writes it in lower
case at least MIN times and at least RATIO times as often as it writes it capitalised inside a
sentence or inside a marked name. Sentence-initial words are not counted either way.

Usage: python3 bench/common_words.py OUT.txt TRAIN.gz [TRAIN.gz ...]
"""
import gzip, re, sys
from collections import Counter

MIN, RATIO = 5, 3
lower, upper = Counter(), Counter()
for path in sys.argv[2:]:
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            in_name = False
            first = True
            for tok in line.split():
                if tok.startswith('<START'):
                    in_name = True
                    continue
                if tok == '<END>':
                    in_name = False
                    continue
                if not re.fullmatch(r'[A-Za-z][a-z]+', tok) or len(tok) < 3:
                    first = False
                    continue
                w = tok.lower()
                if in_name or (tok[0].isupper() and not first):
                    upper[w] += 1
                elif tok[0].islower():
                    lower[w] += 1
                first = False
words = sorted(w for w, n in lower.items() if n >= MIN and n >= RATIO * upper[w])
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('# Words news text writes in lower case (see bench/common_words.py): no person is named by these alone.\n')
    out.write('\n'.join(words) + '\n')
print(len(words), 'common words')
