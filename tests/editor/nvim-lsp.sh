#!/usr/bin/env bash
# Opens an article with a contradiction in headless Neovim, attaches the built-in LSP
# client to `factlint lsp`, and prints the diagnostics Neovim received, then fixes the
# text and checks they clear. Usage: tests/editor/nvim-lsp.sh PATH/TO/factlint
# Exits non-zero when something did not arrive. Run by tests/lsp.rs when nvim exists.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:?usage: nvim-lsp.sh PATH/TO/factlint}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf -- '---\ndate: 2023-03-20\n---\nThe vote was held on Wednesday, March 14, 2023.\n' >"$work/vote.md"
cd "$work"
FACTLINT_BIN="$bin" timeout 180 nvim --headless --clean -n \
  -c "luafile $here/nvim-lsp.lua" "$work/vote.md" </dev/null
