#!/usr/bin/python3
"""Writes kommuner-norge-2017.csv and kommuner-norge-2026.csv from the cited source files (see README.md beside this
script). Every row comes from a source file; nothing is typed in. Run offline against local git copies of the source
repositories:

    make-kommuner-norge.py GARDENBERG_GIT SKOLE_GIT NAV_GIT

(each a path to a git directory holding the commit named below). The output is written next to this script.
"""
import json
import os
import re
import subprocess
import sys

GARDENBERG = ("gardenberg/kommunekoder", "9289c80e1cd949527c8b996a59e4e5926be02ce4", "bakgrunnsdata/ssb_kommunekoder_2017.csv")
SKOLE = ("hogne67/321skole-translate", "1ceba5bde1d79e663b88dfd483cf17f3d0598b56", "lib/geo/noMunicipalities.ts")
NAV = ("navikt/paw-arbeidssoekerregisteret-for-personbruker", "10c845b2498bede28a395dd94daa49f814d6c070", "src/components/styrkløft/fylker.ts")


def show(git_dir, source):
    repo, commit, path = source
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def write(path, header_lines, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header_lines:
            f.write("# " + line + "\n")
        f.write("kommunenummer,navn,storrelsesgruppe,fylke\n")
        for number, name, county in rows:
            for cell in (name, county):
                if "," in cell or '"' in cell:
                    sys.exit(f"a cell holds a comma or quote and would need quoting: {cell!r}")
            f.write(f"{number},{name},,{county}\n")


def main(gardenberg_git, skole_git, nav_git):
    here = os.path.dirname(os.path.abspath(__file__))

    # 2017: SSB Klass 131 export (semicolon CSV in ISO-8859-1; code, parentCode, level, name, …), without 9999 «Uoppgitt».
    text = show(gardenberg_git, GARDENBERG).decode("iso-8859-1")
    rows2017 = []
    for line in text.splitlines()[1:]:
        cells = [c.strip('"') for c in line.split(";")]
        if not cells[0] or cells[0] == "9999":
            continue
        rows2017.append((int(cells[0]), cells[3], cells[0][:2]))
    write(os.path.join(here, "kommuner-norge-2017.csv"), [
        "Norske kommuner 2017 (kommunenummer før reformene 2018-2020): SSB, Klass 131 Standard for kommuneinndeling, gyldig 2017.",
        f"Kilde: github.com/{GARDENBERG[0]} commit {GARDENBERG[1]} fil {GARDENBERG[2]} (SSBs eksport); data fra SSB, NLOD/CC BY 4.0.",
        "fylke = fylkesnummeret (de to første sifrene i kommunenummeret); storrelsesgruppe er tom: kommer fra studiens egen tabell.",
    ], sorted(rows2017))

    # 2026: SSB Klass 131 at 2026-01-01 (code, name, countyCode), without 9999; county names from NAV's list by county number.
    ts = show(skole_git, SKOLE).decode("utf-8")
    body = ts[ts.index("= [", ts.index("NO_MUNICIPALITIES:")) + 2: ts.index("] as const")+1]
    ssb = [m for m in json.loads(body) if m["code"] != "9999"]
    nav = show(nav_git, NAV).decode("utf-8")
    counties = dict((num, name) for name, num in re.findall(r"navn: '([^']+)',\s*fylkesnummer: '(\d\d)'", nav))
    nav_codes = set(re.findall(r"kommunenummer: '(\d{4})'", nav))
    ssb_codes = {m["code"] for m in ssb}
    if nav_codes != ssb_codes:
        sys.exit(f"the two 2026 lists disagree: only SSB {sorted(ssb_codes - nav_codes)}, only NAV {sorted(nav_codes - ssb_codes)}")
    rows2026 = [(int(m["code"]), m["name"], counties[m["code"][:2]]) for m in ssb]
    write(os.path.join(here, "kommuner-norge-2026.csv"), [
        "Norske kommuner 2026: SSB, Klass 131 Standard for kommuneinndeling, gyldig 2026-01-01 (data fra SSB, NLOD/CC BY 4.0).",
        f"Kilde navn: github.com/{SKOLE[0]} commit {SKOLE[1]} fil {SKOLE[2]} (generert fra SSBs Klass-API 2026-01-01).",
        f"Kilde fylke: github.com/{NAV[0]} commit {NAV[1]} fil {NAV[2]} (MIT), etter fylkesnummeret; samme {len(nav_codes)} kommunenummer som SSB-lista.",
        "storrelsesgruppe er tom: kommer fra studiens egen tabell.",
    ], sorted(rows2026))
    print(f"2017: {len(rows2017)} municipalities; 2026: {len(rows2026)} municipalities, {len(set(counties))} counties")


if __name__ == "__main__":
    main(*sys.argv[1:4])
