#!/bin/sh
# Builds the project classes and runs the offline-search size benchmark: bench/search-size/run.sh [workdir] [articles]
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx2g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/search-size/SearchSizeBench.java "$@"
