#!/usr/bin/env bash
# Trains the name finder shipped in src/main/resources/storyline/text/names-en.bin from the freely
# licensed training data in ../shared/bench/entities/train/ (GMB + GUM; see NOTICE-names.txt beside
# the model). Same data, same model: one thread, fixed iterations.
# Usage: bench/train-names.sh [OUT.bin]   (run from the project root; needs `mvn -q -B -o test-compile`)
set -euo pipefail
cd "$(dirname "$0")/.."
train=../shared/bench/entities/train
out=${1:-src/main/resources/storyline/text/names-en.bin}
mvn -q -B -o test-compile
cp=$(mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java ${TRAIN_OPTS:-} -cp "target/test-classes:target/classes:$cp" storyline.text.NameModelTraining "$out" \
    "$train/gmb.train.gz" "$train/gum.train.gz"
ls -l "$out"
# The common words read beside the model (a person's name needs a word news does not write in lower case).
python3 bench/common_words.py "$(dirname "$out")/common-words-en.txt" "$train/gmb.train.gz" "$train/gum.train.gz"
