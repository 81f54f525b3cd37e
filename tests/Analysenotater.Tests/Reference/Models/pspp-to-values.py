"""Turns PSPP's CSV output (pspp-output.csv, from models-pspp.sps) into pspp-values.csv (key,value,rel_tol,note).

Run from this folder with /usr/bin/python3 after `pspp models-pspp.sps -o pspp-output.csv`.
Tolerances: PSPP prints F24.12 (12 decimals, absolute), so the relative tolerance is set per value to
max(1e-8, 2e-12 / |value|); p-values are printed as E24.15 but PSPP's incomplete beta agrees with R to ~1e-9 relative.
"""
import csv

KEYS = {"(Constant)": "const", "kvinne": "kvinne", "alder": "alder", "x": "x", "utdvgs": "utd.vgs", "utdhoyere": "utd.hoyere", "stor": "stor"}
rows = list(csv.reader(open("pspp-output.csv", encoding="utf-8")))
out = []


def put(key, text, note=""):
    v = float(text)
    tol = max(1e-8, 2e-12 / abs(v)) if v != 0 else 0
    if note == "PSPP p":
        # PSPP's p-values agree with R to ~1e-9 except in extreme tails (< 1e-30), where its algorithm is coarser.
        tol, note = (0.05, "PSPP extreme tail, coarser than R's") if v < 1e-30 else (1e-7, note)
    out.append((key, repr(v), f"{tol:.3g}", note))


table = None
for r in rows:
    if len(r) == 1 and r[0].startswith("Table: "):
        table = r[0][7:]
        continue
    if not r or not r[0] and table not in ("ANOVA (y)",):
        continue
    if table == "Model Summary (y)" and r[0] != "R":
        put("ols.r2", r[1]); put("ols.adjr2", r[2]); put("ols.sigma", r[3])
    elif table == "ANOVA (y)" and r[0] == "Regression":
        put("ols.f", r[4]); put("ols.f.p", r[5], "PSPP p")
    elif table == "ANOVA (y)" and r[0] == "Residual":
        put("ols.ss.residual", r[1])
    elif table == "ANOVA (y)" and r[0] == "Total":
        put("ols.ss.total", r[1])
    elif table == "Coefficients (y)" and r[0] in KEYS:
        k = KEYS[r[0]]
        put("ols.b." + k, r[1]); put("ols.se." + k, r[2]); put("ols.t." + k, r[4]); put("ols.p." + k, r[5], "PSPP p")
        put("ols.lower." + k, r[6]); put("ols.upper." + k, r[7])
        if k != "const":
            put("ols.beta." + k, r[3])
    elif table == "Reliability Statistics" and r[0] != "Cronbach's Alpha":
        put("alpha.raw", r[0])
    elif table == "Case Processing Summary" and r[0] == "Valid":
        put("alpha.n", r[1])
    elif table == "Item-Total Statistics" and r[0].startswith("q"):
        put("alpha.rdrop." + r[0], r[3]); put("alpha.drop.raw." + r[0], r[4])

with open("pspp-values.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["key", "value", "rel_tol", "note"])
    w.writerows(out)
print("wrote", len(out), "values")
