# Reference values for weighted frequency tables (FrequencyOptions.Weights, FrequencyTables.KeyFigures(weights:)),
# from base R and R survey on design_data.csv (made by design_reference.R). Writes weighted_tables_reference.csv
# (name, value, relative tolerance). Regenerate: Rscript weighted_tables_reference.R
suppressPackageStartupMessages(library(survey))
d <- read.csv("design_data.csv")
out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-12) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
# Weighted distribution of b (0/1) overall and by stratum: prop.table(xtabs(w ~ ...)), in per cent
tot <- prop.table(xtabs(w ~ b, d)) * 100
for (b in names(tot)) put(paste0("b", b, "_total_pct"), tot[[b]])
by <- prop.table(xtabs(w ~ b + stratum, d), 2) * 100
for (s in colnames(by)) for (b in rownames(by)) put(paste0("b", b, "_stratum", s, "_pct"), by[b, s])
# The same point estimates from a survey design (weights only matter for the estimate)
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
m <- svyby(~I(b == 1), ~kjonn, des, svymean)
for (k in m$kjonn) put(paste0("b1_kjonn", k, "_pct_svy"), 100 * m[m$kjonn == k, "I(b == 1)TRUE"])
put("b1_total_pct_svy", 100 * coef(svymean(~I(b == 1), des))[["I(b == 1)TRUE"]])
# Unweighted n per stratum (what the table's n and the disclosure rules use)
for (s in sort(unique(d$stratum))) put(paste0("n_stratum", s), sum(d$stratum == s), 0)
out$value <- sprintf("%.17g", out$value)
write.csv(out, "weighted_tables_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "values\n")
