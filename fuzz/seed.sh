#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own content and test fixtures (never
# committed: run this before `cargo fuzz run`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for target in yaml file tree; do mkdir -p "corpus/$target"; done
while IFS= read -r -d '' file; do
  name=$(basename "$(dirname "$file")")-$(basename "$file")
  cp "$file" "corpus/yaml/$name"
  # The file target's first byte chooses the kind: even = topic, odd = bibliography.
  if [ "$(basename "$file")" = bibliography.yaml ]; then kind='\x01'; else kind='\x00'; fi
  { printf "$kind"; cat "$file"; } > "corpus/file/$name"
done < <(find ../content ../tests/fixtures ../tests/bad-inputs/base -name '*.yaml' -type f -print0)
# The tree target takes a topic and a bibliography joined by a NUL byte.
for tree in ../content ../tests/fixtures/rules/*/; do
  topic=$(find "$tree" -name '*.yaml' -type f ! -name bibliography.yaml | sort | head -n 1)
  [ -n "$topic" ] && [ -f "$tree/bibliography.yaml" ] || continue
  { cat "$topic"; printf '\0'; cat "$tree/bibliography.yaml"; } > "corpus/tree/$(basename "$tree")"
done
echo "seeded: $(ls corpus/yaml | wc -l) yaml, $(ls corpus/file | wc -l) file, $(ls corpus/tree | wc -l) tree inputs"
