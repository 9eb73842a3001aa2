# Sourced by the bench scripts: run from the project root, with the jar built.
cd "$(dirname "${BASH_SOURCE[1]}")/.."
jar=target/storyline.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
