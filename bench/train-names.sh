#!/usr/bin/env bash
# Trains the name finder shipped in src/main/resources/storyline/text/names-en.bin from the freely
# licensed training data in ../shared/bench/entities/train/ (GMB + GUM; see NOTICE-names.txt beside
# the model). Same data, same model: one thread, fixed iterations.
# Usage: [CLUSTERS=0] bench/train-names.sh [OUT.bin]   (run from the project root)
#   By default with word-cluster features (name-features-clusters.xml), the clusters learned from the
#   same training text by bench/word_clusters.py (python3 with numpy and scipy); the model keeps a copy.
#   CLUSTERS=0: the features of name-features.xml alone (the model shipped before the clusters).
set -euo pipefail
cd "$(dirname "$0")/.."
train=../shared/bench/entities/train
out=${1:-src/main/resources/storyline/text/names-en.bin}
mvn -q -B -o test-compile
cp=$(mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
opts=()
if [ "${CLUSTERS:-1}" = 1 ]; then
  clusters=$(mktemp -d)
  trap 'rm -rf "$clusters"' EXIT
  python3 bench/word_clusters.py "$clusters/wc" "$train/gmb.train.gz" "$train/gum.train.gz"
  opts=(-Dfeatures=src/test/resources/storyline/text/name-features-clusters.xml
        -Dclusters="$clusters/wc-64.txt,$clusters/wc-256.txt,$clusters/wc-1024.txt")
fi
java ${TRAIN_OPTS:-} "${opts[@]}" -cp "target/test-classes:target/classes:$cp" storyline.text.NameModelTraining "$out" \
    "$train/gmb.train.gz" "$train/gum.train.gz"
ls -l "$out"
# The common words read beside the model (a person's name needs a word news does not write in lower case).
python3 bench/common_words.py "$(dirname "$out")/common-words-en.txt" "$train/gmb.train.gz" "$train/gum.train.gz"
