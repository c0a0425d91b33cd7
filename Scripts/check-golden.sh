#!/usr/bin/env bash
# Runs the golden corpus against a built binary with the shared checker: every case not listed
# in pending.txt, then the seed cases with --strict (every printed digit as PyTorch prints it).
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$here/Tests/Fixtures/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pending=$(grep -v '^\s*\(#\|$\)' "$fixtures/pending.txt" | awk '{print $1}' || true)
for script in "$fixtures"/cases/*.py; do
  name=$(basename "$script" .py)
  if ! grep -qx "$name" <<<"$pending"; then
    cp "$fixtures/cases/$name".* "$work/"
  fi
done
echo "golden corpus ($(ls "$work"/*.py | wc -l) cases, $(grep -c . <<<"$pending" || true) pending):"
python3 "$fixtures/check.py" --bin "$bin" -j 2 "$work"
echo "seed cases, strict:"
python3 "$fixtures/check.py" --bin "$bin" --strict --tags seed "$work"
