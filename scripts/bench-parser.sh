#!/usr/bin/env bash
# JMH benchmark of parsing ../shared/corpus/kql/dev.jsonl (KqlParserBenchmark); report in target/jmh-parser.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test -Dtest=RunBenchmarksTest -Dbench="${1:-KqlParserBenchmark}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/jmh-parser.txt
