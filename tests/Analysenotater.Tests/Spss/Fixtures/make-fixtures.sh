#!/usr/bin/env bash
# Regenerates the SPSS fixtures and PSPP's view of them (the expected values for SpssReaderTests).
# Requires GNU PSPP (Debian package pspp; measured with 1.6.2). Run from any directory.
set -euo pipefail
cd "$(dirname "$0")"
pspp fixtures.sps >/dev/null
pspp fixture-1252.sps >/dev/null
for f in fixture-uncompressed.sav fixture-compressed.sav fixture.zsav fixture-1252.sav; do
  # The dictionary as PSPP shows it (variables, value labels, multiple-response sets), CSV output driver.
  printf "GET FILE='%s'.\nDISPLAY DICTIONARY.\nMRSETS /DISPLAY NAME=ALL.\n" "$f" > /tmp/analysenotater-dict.sps
  pspp -O format=csv -o "$f.dictionary.csv" /tmp/analysenotater-dict.sps >/dev/null
  # The data as PSPP converts it (numbers at full precision, system-missing as a blank).
  pspp-convert -O csv "$f" "$f.data.csv"
done
rm -f /tmp/analysenotater-dict.sps
