#!/usr/bin/env bash
# JMH benchmark of the evaluator's hot operators on 200,000 generated sign-ins (EvalOperatorsBenchmark);
# the report is printed and kept in target/jmh-parser.txt (the shared JMH launcher's report file).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test -Dtest=RunBenchmarksTest -Dbench=EvalOperatorsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/jmh-parser.txt
