# Reference values for Analysenotater.Statistics.Weighting, from R survey 4.1-1 on design_data.csv
# (made by design_reference.R). Writes weighting_reference.csv (one row per respondent: final weights of each method)
# and weighting_summary.csv (name, value, tolerance).
# Regenerate: Rscript weighting_reference.R (after design_reference.R)
suppressPackageStartupMessages(library(survey))
d <- read.csv("design_data.csv")
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
pop_stratum <- data.frame(stratum = 1:3, Freq = c(10000, 8000, 2535))
pop_kjonn <- data.frame(kjonn = 1:2, Freq = c(14375, 6160))
ps <- postStratify(des, ~stratum, pop_stratum)
rk <- rake(des, list(~stratum, ~kjonn), list(pop_stratum, pop_kjonn), control = list(maxit = 200, epsilon = 1e-13))
# Non-convergence as R reports it: one sweep with a tight tolerance
nc <- tryCatch(rake(des, list(~stratum, ~kjonn), list(pop_stratum, pop_kjonn), control = list(maxit = 1, epsilon = 1e-13)),
               warning = function(w) conditionMessage(w))
# Trimming: R would raise the two zero weights to the lower bound; Analysenotater keeps a zero weight at zero (the row
# is out of the sample) and leaves it out of the redistribution, so R is run on the non-zero rows and zeros are put back.
pos <- subset(des, w > 0)
trim <- trim_strict <- rep(0, nrow(d))
trim[d$w > 0] <- weights(trimWeights(pos, upper = 7, lower = 1))
trim_strict[d$w > 0] <- weights(trimWeights(pos, upper = 7, lower = 1, strict = TRUE))
wts <- data.frame(base = weights(des), poststrat = weights(ps), rake = weights(rk), trim = trim, trim_strict = trim_strict)
for (k in names(wts)) wts[[k]] <- sprintf("%.17g", wts[[k]])
write.csv(wts, "weighting_reference.csv", row.names = FALSE, quote = FALSE)

out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
put("rake_one_sweep_warns", as.numeric(is.character(nc) && grepl("did not converge", nc)), 0)
w <- weights(des); nz <- w[w != 0]
put("kish_deff", length(nz) * sum(nz^2) / sum(nz)^2)          # Kish (1965): n * sum(w^2) / (sum w)^2 over non-zero weights
put("kish_neff", sum(nz)^2 / sum(nz^2))
put("weight_cv", sd(nz) / mean(nz))
# Weighted vs unweighted (same clusters and strata)
desu <- svydesign(ids = ~kommune, strata = ~stratum, data = d, nest = TRUE)
mw <- svymean(~y, des, na.rm = TRUE); mu <- svymean(~y, desu, na.rm = TRUE)
put("weighted_mean_y", coef(mw)); put("weighted_mean_y_se", SE(mw))
put("unweighted_mean_y", coef(mu)); put("unweighted_mean_y_se", SE(mu))
out$value <- sprintf("%.17g", out$value)
write.csv(out, "weighting_summary.csv", row.names = FALSE, quote = FALSE)
cat("wrote weights for", nrow(wts), "rows and", nrow(out), "summary values\n")
