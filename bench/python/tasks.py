#!/usr/bin/python3
"""Analysenotater scale benchmark, Python side: tasks T1–T5 (pandas, numpy, statsmodels).

pandas/statsmodels have no survey-design estimator (T6) and no CR2/Satterthwaite (T7); those are reported as n/a.
Usage: /usr/bin/python3 tasks.py workload.csv results.json
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import statsmodels.api as sm

csv, out = sys.argv[1], sys.argv[2]
times, vals = {}, {}


def tick(name, fn):
    t0 = time.perf_counter()
    r = fn()
    times[name] = time.perf_counter() - t0
    return r


d = tick("T1_read", lambda: pd.read_csv(csv))
items = [f"i{k}" for k in range(1, 41)]
d[items] = d[items].where(d[items] != 6)  # code 6 = not applicable → NaN

tick("T2_frequencies", lambda: [pd.crosstab(d[it], d["size"]) for it in items])
vals["T2_i1_stratum1_code5"] = [float(pd.crosstab(d["i1"], d["size"]).loc[5.0, 1])]

sets = {"ind1": items[0:4], "ind2": items[4:10], "ind3": items[10:15], "ind4": items[15:25]}


def scores():
    for name, cols in sets.items():
        m = d[cols].to_numpy(dtype=float)
        answered = (~np.isnan(m)).sum(axis=1)
        s = np.nansum(m, axis=1)
        d[name] = np.where(answered > len(cols) / 2, s / (answered * 5) * 100, np.nan)


tick("T3_scores", scores)
vals["T3_ind1_mean"] = [float(np.nanmean(d["ind1"]))]


def alpha(cols):
    m = d[cols].dropna().to_numpy(dtype=float)
    k = m.shape[1]
    return k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1))


vals["T4_alpha_values"] = tick("T4_alpha", lambda: [float(alpha(c)) for c in sets.values()])


def ols():
    dd = d[["ind1", "kjonn", "alder", "ind4"]].dropna()
    return sm.OLS(dd["ind1"], sm.add_constant(dd[["kjonn", "alder", "ind4"]])).fit()


fit = tick("T5_ols", ols)
vals["T5_B"] = [float(x) for x in fit.params]
vals["T5_SE"] = [float(x) for x in fit.bse]
vals["T5_adjR2"] = [float(fit.rsquared_adj)]

with open(out, "w", encoding="utf-8") as f:
    json.dump({**times, **vals}, f, indent=1)
