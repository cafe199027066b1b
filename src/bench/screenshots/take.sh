#!/usr/bin/env bash
# Screenshots of the public pages a reader meets first, on a phone (390×844) and a laptop (1366×900), from a
# running portal: bash src/bench/screenshots/take.sh http://localhost:9080 out-dir [prefix]
# Used for the before/after pictures of issue 18 (docs/screenshots/); headless Chromium, no sign-in.
set -euo pipefail
base=${1:-http://localhost:9080}
out=${2:-target/screenshots}
prefix=${3:-}
mkdir -p "$out"
article=$(curl -s "$base/api/v1/articles?size=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
contest=$(curl -s "$base/cuoc-thi" | grep -o 'href="/cuoc-thi/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
pages=(
  "trang-chu|/"
  "bai-viet|/bai-viet/$article"
  "tim-kiem|/tim-kiem?q=tr%E1%BA%BB+em"
  "thu-vien|/thu-vien"
  "cuoc-thi|$contest"
  "dang-nhap|/tai-khoan/dang-nhap.xhtml"
)
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  for size in 390,844 1366,900; do
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=$size \
      --screenshot="$out/$prefix$name-${size%%,*}.png" "$base$path" >/dev/null 2>&1
  done
done
ls -la "$out"
