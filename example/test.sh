#!/bin/sh
# The example's test suite: it drives the built calculator like an integration test would.
# It exercises addition, multiplication, division, dup and two error paths, and leaves
# subtraction, powers, modulo and swap untested, so the coverage report has something to show.
set -eu
calc=${1:-./calc}
fails=0
check() { # check EXPECTED ARGS...
  want=$1; shift
  got=$("$calc" "$@" 2>/dev/null) || got="exit $?"
  if [ "$got" = "$want" ]; then echo "ok   calc $*"; else echo "FAIL calc $* = $got, want $want"; fails=$((fails + 1)); fi
}
check 5 2 3 +
check 20 2 3 + 4 x
check 2.5 5 2 /
check 16 4 dup x
check "exit 2" 1 0 /
check "exit 2" +
[ "$fails" -eq 0 ]
