#!/usr/bin/env bash
# Prints the path of a copy of the release `jixiao` without its DWARF sections, made when missing or older than
# the build, for callgrind: Valgrind's debug-info reader gives up on the full binary (DWARF 5 forms it does not
# know, from the server's dependencies) and then profiles nothing. The symbol table is kept, so functions are
# still named; only source lines are lost, which the profiles here do not use.
#   Scripts/profiled-jixiao.sh RELEASE_BIN OUT_DIR
set -euo pipefail
release_bin=$1
copy="$2/jixiao-profiled"
if [ ! -x "$copy" ] || [ "$release_bin" -nt "$copy" ]; then
  mkdir -p "$2"
  cp "$release_bin" "$copy.tmp"
  strip --strip-debug "$copy.tmp"
  mv "$copy.tmp" "$copy"
fi
echo "$copy"
