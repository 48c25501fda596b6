#!/usr/bin/env bash
# The report and the notebooks checked as a person would see them (issue 7):
#   1. run the shipped comparison and write its HTML report twice (compare --report, and report
#      from comparison.json): the two must be identical bytes;
#   2. headless Chromium renders the report to PNG and, through `webcare-sim report --pdf`, to PDF:
#      the PNG must not be blank; the PDF must be A4 and its text (pdftotext) must hold the title,
#      the "Urgent messages" section, every scenario's name and its key figures (mean wait, service level);
#      page by page (.ci/pdf-pages.py, issue 16) the first page holds the question and the answer, and
#      no page ends in a heading; the same for a comparison of two scenarios, whose answer, key figures
#      and hour-of-week maps take at most 3 pages before the appendix; the page counts are printed;
#   3. nbformat (in a virtual environment) validates the exported notebook and notebooks-export/*.ipynb,
#      and notebooks-export/ must match a fresh export (else: run `make notebooks`);
#   4. the notebook is executed (nbclient, pandas, matplotlib) when those can be installed.
# Chromium and pdftotext come from Debian's chromium and poppler-utils (installed with apt-get when
# possible), nbformat and the rest from pip. What cannot be installed is reported as
# "skipped: ..." and does not fail the check; a real failure (bad rendering, missing text,
# invalid notebook) exits 1.
# Usage: .ci/report-check.sh   (env: BIN=path/to/webcare-sim, VENV=folder for the virtual environment)
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/webcare-sim}
VENV=${VENV:-.build/report-check-venv}
SHIPPED=(scenarios/drenthe-14-22.yaml scenarios/drenthe-09-22.yaml scenarios/twente-16h.yaml scenarios/twente-24-7.yaml)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/report-check.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
SKIPPED=()

ok() { echo "report-check: ok: $*"; }
skip() { echo "report-check: skipped: $*"; SKIPPED+=("$*"); }
fail() { echo "report-check: FAILED: $*" >&2; exit 1; }

[ -x "$BIN" ] || fail "$BIN not found: run 'make build' first"

# 1. The shipped comparison, its report and notebook; the report is deterministic.
"$BIN" compare "${SHIPPED[@]}" --out "$OUT/results" --report "$OUT/report.html" > "$OUT/compare.txt" \
  || fail "webcare-sim compare --report failed"
"$BIN" report "$OUT/results/comparison.json" --html "$OUT/report-again.html" || fail "webcare-sim report failed"
cmp -s "$OUT/report.html" "$OUT/report-again.html" || fail "the report differs between two renderings of the same results"
grep -qi "<script" "$OUT/report.html" && fail "the report contains a <script> element"
ok "HTML report written ($(wc -c < "$OUT/report.html") bytes), identical when rendered again, no script"
"$BIN" export-notebook "$OUT/results/comparison.json" --out "$OUT/notebooks/shipped-comparison.ipynb" > /dev/null \
  || fail "webcare-sim export-notebook failed"
ok "notebook exported"

# 2. Chromium: PNG and PDF.
if ! command -v chromium > /dev/null || ! command -v pdftotext > /dev/null || ! command -v pdftohtml > /dev/null; then
  if command -v apt-get > /dev/null && { [ -z "$SUDO" ] || sudo -n true 2> /dev/null; }; then
    echo "report-check: installing chromium and poppler-utils with apt-get"
    { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium poppler-utils; } > "$OUT/apt.log" 2>&1 \
      || echo "report-check: apt-get could not install them (last line: $(tail -n 1 "$OUT/apt.log"))"
  fi
fi
if command -v chromium > /dev/null && command -v pdftotext > /dev/null && command -v pdftohtml > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$OUT/chromium-profile" --window-size=1280,2000 --screenshot="$OUT/report.png" \
    "file://$(realpath "$OUT/report.html")" > "$OUT/chromium.log" 2>&1 \
    || fail "chromium could not render the report to PNG: $(tail -n 1 "$OUT/chromium.log")"
  drawn=$(python3 .ci/png-not-blank.py "$OUT/report.png") || fail "the PNG of the report is blank (${drawn:-unreadable})"
  ok "PNG rendered and not blank ($drawn)"
  "$BIN" report "$OUT/results/comparison.json" --pdf "$OUT/report.pdf" || fail "webcare-sim report --pdf failed"
  pdfinfo "$OUT/report.pdf" 2> /dev/null | grep -q "(A4)" || fail "the PDF is not A4"
  pages=$(pdfinfo "$OUT/report.pdf" | awk '/^Pages:/ {print $2}')
  pdftotext -layout "$OUT/report.pdf" "$OUT/report.txt" || fail "pdftotext could not read the PDF"
  python3 - "$OUT/results/comparison.json" "$OUT/report.txt" <<'PY' || fail "the PDF's text lacks the title, the urgent section or a key figure"
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
text = " ".join(open(sys.argv[2], encoding="utf-8").read().split())
def minutes(v): return f"{v:.2f}" if v < 10 else f"{v:.1f}"
wanted = ["Webcare simulation report", "Urgent messages"]
for s in result["summaries"]:
    wanted += [s["scenario"], minutes(s["metrics"]["wait_mean_min"]["mean"]),
               f"{100 * s['metrics']['service_level']['mean']:.1f}%"]
missing = [w for w in wanted if w not in text]
if missing:
    print("report-check: missing from the PDF text:", missing, file=sys.stderr)
    sys.exit(1)
print("report-check: ok: the PDF's text holds the title, the urgent-messages section and", len(wanted) - 2,
      "scenario names and key figures:", ", ".join(wanted[2:5]), "...")
PY
  ok "PDF printed: $pages A4 pages"
  pages_check=$(python3 .ci/pdf-pages.py "$OUT/report.html" "$OUT/report.pdf") || fail "the shipped comparison's PDF, page by page (see above)"
  ok "the shipped comparison of ${#SHIPPED[@]} scenarios: $pages_check"
  "$BIN" compare "${SHIPPED[@]:0:2}" --out "$OUT/two" > /dev/null || fail "webcare-sim compare of two scenarios failed"
  "$BIN" report "$OUT/two/comparison.json" --html "$OUT/two.html" --pdf "$OUT/two.pdf" || fail "webcare-sim report --pdf of two scenarios failed"
  pages_check=$(python3 .ci/pdf-pages.py "$OUT/two.html" "$OUT/two.pdf" --body-pages 3) || fail "the two-scenario comparison's PDF, page by page (see above)"
  ok "a comparison of 2 scenarios: $pages_check"
else
  skip "PNG and PDF rendering and the page-by-page check (chromium and/or poppler-utils' pdftotext and pdftohtml not installed, and apt-get could not install them)"
fi

# 3 and 4. nbformat, freshness of notebooks-export/, execution.
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" > "$OUT/venv.log" 2>&1 || rm -rf "$VENV"
fi
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip install -q nbformat > "$OUT/pip.log" 2>&1; then
  "$VENV/bin/python" - "$OUT/notebooks/shipped-comparison.ipynb" notebooks-export/*.ipynb <<'PY' || fail "a notebook does not validate"
import sys, nbformat
for path in sys.argv[1:]:
    notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    nbformat.validate(notebook)
    assert (notebook.nbformat, notebook.nbformat_minor) == (4, 5), f"{path}: nbformat {notebook.nbformat}.{notebook.nbformat_minor}"
    print(f"report-check: ok: {path} is valid nbformat 4.5 ({len(notebook.cells)} cells)")
PY
else
  skip "nbformat validation (could not create a virtual environment or pip install nbformat; see python3-venv)"
fi
for file in shipped-comparison.ipynb shipped-comparison.csv shipped-comparison.json; do
  cmp -s "$OUT/notebooks/$file" "notebooks-export/$file" \
    || fail "notebooks-export/$file is out of date with the shipped scenarios: run 'make notebooks' and commit it"
done
ok "notebooks-export/ matches a fresh export of the shipped comparison"
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip install -q nbclient ipykernel pandas matplotlib >> "$OUT/pip.log" 2>&1; then
  "$VENV/bin/python" - "$OUT/notebooks/shipped-comparison.ipynb" <<'PY' || fail "the notebook does not run"
import os, sys, nbformat
from nbclient import NotebookClient
path = sys.argv[1]
notebook = nbformat.read(path, as_version=4)
NotebookClient(notebook, timeout=300, kernel_name="python3",
               resources={"metadata": {"path": os.path.dirname(path)}}).execute()
figures = sum(1 for cell in notebook.cells for output in cell.get("outputs", []) if "image/png" in output.get("data", {}))
assert figures >= 6, f"only {figures} figures drawn"
print(f"report-check: ok: the notebook runs and draws {figures} figures")
PY
else
  skip "executing the notebook (could not pip install nbclient, ipykernel, pandas, matplotlib)"
fi

if [ ${#SKIPPED[@]} -eq 0 ]; then
  echo "report-check: passed, nothing skipped"
else
  echo "report-check: passed, but ${#SKIPPED[@]} check(s) skipped:"
  printf '  skipped: %s\n' "${SKIPPED[@]}"
fi
