"""Turns PSPP's CSV output (logistic-pspp-output.csv, from logistic-pspp.sps) into logistic-pspp-values.csv
(key,value,rel_tol,note) for models a and b of logistic-reference.R.

Run from this folder with /usr/bin/python3 after `pspp logistic-pspp.sps -o logistic-pspp-output.csv`.
Tolerances: PSPP prints F24.12 (12 decimals, absolute) and its Newton iterations stop at BCON(1e-12), so the
relative tolerance is max(1e-6, 2e-12 / |value|) (1e-6: iterative ML estimates); counts exact.
PSPP 1.6.2 prints neither the Hosmer-Lemeshow test nor the omnibus test; those come from R only.
"""
import csv

KEYS = {"Constant": "const", "kvinne": "kvinne", "alder": "alder", "x": "x", "utdvgs": "utd.vgs", "utdhoyere": "utd.hoyere", "stor": "stor"}
rows = list(csv.reader(open("logistic-pspp-output.csv", encoding="utf-8")))
out = []


def put(key, text, exact=False):
    v = float(text)
    tol = 0 if exact else (max(1e-6, 2e-12 / abs(v)) if v != 0 else 0)
    out.append((key, repr(v), f"{tol:.3g}", "PSPP 1.6.2"))


table = None
model = None
models = iter(["a", "b"])
for r in rows:
    if len(r) == 1 and r[0].startswith("Table: "):
        table = r[0][7:]
        if table == "Dependent Variable Encoding":
            model = next(models)
        continue
    if not r:
        continue
    m = "pspp." + model
    if table == "Case Processing Summary" and r[0] == "Included in Analysis":
        put(m + ".n", r[1], True)
    elif table == "Case Processing Summary" and r[0] == "Missing Cases":
        put(m + ".deleted", r[1], True)
    elif table == "Model Summary" and r[0] == "1":
        put(m + ".m2ll", r[1]); put(m + ".coxsnell", r[2]); put(m + ".nagelkerke", r[3])
    elif table == "Classification Table" and len(r) > 4 and r[2] in (".00", "1.00") and r[3] != "":
        o = "0" if r[2] == ".00" else "1"
        put(m + ".class." + o + "0", r[3], True); put(m + ".class." + o + "1", r[4], True)
    elif table == "Variables in the Equation" and len(r) > 1 and r[1] in KEYS:
        k = KEYS[r[1]]
        put(m + ".b." + k, r[2]); put(m + ".se." + k, r[3]); put(m + ".wald." + k, r[4]); put(m + ".p." + k, r[6])
        put(m + ".expb." + k, r[7])
        if r[8]:
            put(m + ".lower." + k, r[8]); put(m + ".upper." + k, r[9])

with open("logistic-pspp-values.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["key", "value", "rel_tol", "note"])
    w.writerows(out)
print("wrote", len(out), "values")
