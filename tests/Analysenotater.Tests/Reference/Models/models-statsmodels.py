"""statsmodels reference for Analysenotater's OLS, HC0-HC3 and CR1 on models-data.csv.

Run from this folder: /usr/bin/python3 models-statsmodels.py  (Debian python3-statsmodels 0.13.5, pandas)
Writes statsmodels-values.csv (key,value,rel_tol,note).
"""
import csv

import pandas as pd
import statsmodels.formula.api as smf

d = pd.read_csv("models-data.csv")
d["kvinne"] = (d["kjonn"] == 2).astype(float)
cc = d.dropna(subset=["y", "kvinne", "alder", "x", "utd", "stor"]).copy()
formula = "y ~ kvinne + alder + x + C(utd, Treatment(reference='grunnskole')) + stor"
names = {"Intercept": "const", "kvinne": "kvinne", "alder": "alder", "x": "x",
         "C(utd, Treatment(reference='grunnskole'))[T.vgs]": "utd.vgs",
         "C(utd, Treatment(reference='grunnskole'))[T.hoyere]": "utd.hoyere", "stor": "stor"}
out = []


def put(key, value, tol=1e-8, note=""):
    out.append((key, repr(float(value)), tol, note))


fit = smf.ols(formula, data=cc).fit()
put("ols.n", fit.nobs, 0)
put("ols.r2", fit.rsquared)
put("ols.adjr2", fit.rsquared_adj)
put("ols.f", fit.fvalue)
put("ols.f.p", fit.f_pvalue, 1e-6, "scipy F tail")
ci = fit.conf_int()
for n, k in names.items():
    put("ols.b." + k, fit.params[n])
    put("ols.se." + k, fit.bse[n])
    put("ols.t." + k, fit.tvalues[n])
    put("ols.p." + k, fit.pvalues[n], 1e-7, "scipy t tail")
    put("ols.lower." + k, ci.loc[n, 0])
    put("ols.upper." + k, ci.loc[n, 1])
for hc in ["HC0", "HC1", "HC2", "HC3"]:
    r = smf.ols(formula, data=cc).fit(cov_type=hc)
    for n, k in names.items():
        put(f"hc.{hc}.se.{k}", r.bse[n])
# statsmodels' cluster covariance: G/(G-1) * (n-1)/(n-k), as Stata and sandwich::vcovCL(type = "HC1")
r = smf.ols(formula, data=cc).fit(cov_type="cluster", cov_kwds={"groups": cc["kommune"]})
for n, k in names.items():
    put("cr1.se." + k, r.bse[n])

with open("statsmodels-values.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["key", "value", "rel_tol", "note"])
    w.writerows(out)
print("wrote", len(out), "values")
