# Reference values for Analysenotater.Statistics.Design and .Proportions (design-based methods).
# Generates a seeded synthetic KoRus-like sample (3 size strata, 20 municipalities as PSUs, weights, missing values),
# writes it to design_data.csv, and writes R survey 4.1-1 results to design_reference.csv (name, value, tolerance).
# Regenerate: cd tests/Analysenotater.Tests/Reference/Survey && Rscript design_reference.R
suppressPackageStartupMessages(library(survey))
set.seed(20171)
npsu <- c(7, 4, 9)                      # small, medium, large municipalities sampled
rows <- list(); id <- 0
for (h in 1:3) for (j in 1:npsu[h]) {
  id <- id + 1
  m <- sample(8:40, 1)
  u <- rnorm(1, 0, 6)                    # municipality effect
  rows[[length(rows) + 1]] <- data.frame(stratum = h, kommune = 100 * h + j, kjonn = sample(1:2, m, TRUE, c(.7, .3)),
    y = round(60 + 4 * h + u + rnorm(m, 0, 15), 3), x = round(runif(m, 1, 5), 3))
}
d <- do.call(rbind, rows)
n <- nrow(d)
d$b <- as.integer(d$y + rnorm(n, 0, 10) > 68)
d$w <- round(c(6, 4, 1.2)[d$stratum] * runif(n, 0.5, 1.5), 4)
d$w[c(5, 77)] <- 0                       # two zero weights
d$y[sample(n, 12)] <- NA                # missing scores
write.csv(d, "design_data.csv", row.names = FALSE, na = "")

out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)

options(survey.lonely.psu = "fail")
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
put("df", degf(des))
m <- svymean(~y, des, na.rm = TRUE, deff = "replace")
put("mean_y", coef(m)); put("mean_y_se", SE(m)); put("mean_y_deff", deff(m))
ci <- confint(m, df = degf(subset(des, !is.na(y))))
put("mean_y_lo", ci[1]); put("mean_y_hi", ci[2])
put("mean_y_df", degf(subset(des, !is.na(y))))
t <- svytotal(~y, des, na.rm = TRUE, deff = "replace")
put("total_y", coef(t)); put("total_y_se", SE(t)); put("total_y_deff", deff(t))
r <- svyratio(~y, ~x, subset(des, !is.na(y)))
put("ratio_yx", coef(r)); put("ratio_yx_se", SE(r))
pb <- svymean(~b, des, deff = "replace")
put("prop_b", coef(pb)); put("prop_b_se", SE(pb)); put("prop_b_deff", deff(pb))
for (meth in c("logit", "beta", "mean")) {
  cp <- svyciprop(~b, des, method = meth)
  put(paste0("prop_b_", meth, "_lo"), attr(cp, "ci")[1]); put(paste0("prop_b_", meth, "_hi"), attr(cp, "ci")[2])
}
# Domain estimation (svyby keeps the full design)
by <- svyby(~y, ~kjonn, des, svymean, na.rm = TRUE)
for (k in 1:2) {
  put(paste0("by_kjonn", k, "_mean"), coef(by)[k]); put(paste0("by_kjonn", k, "_se"), SE(by)[k])
  # deff of a domain: svymean on the subset design (what svyby does), deff = "replace"
  put(paste0("by_kjonn", k, "_deff"), deff(svymean(~y, subset(des, kjonn == k), na.rm = TRUE, deff = "replace")))
}
bt <- svyby(~y, ~kjonn, des, svytotal, na.rm = TRUE)
for (k in 1:2) { put(paste0("bytotal_kjonn", k), coef(bt)[k]); put(paste0("bytotal_kjonn", k, "_se"), SE(bt)[k]) }
bs <- svyby(~y, ~stratum, des, svymean, na.rm = TRUE)
for (k in 1:3) { put(paste0("by_stratum", k, "_mean"), coef(bs)[k]); put(paste0("by_stratum", k, "_se"), SE(bs)[k]) }
women <- subset(des, kjonn == 2)
put("women_df", degf(women))
for (meth in c("logit", "beta")) {
  cp <- svyciprop(~b, women, method = meth)
  put(paste0("women_prop_b_", meth, "_est"), coef(cp)); put(paste0("women_prop_b_", meth, "_lo"), attr(cp, "ci")[1]); put(paste0("women_prop_b_", meth, "_hi"), attr(cp, "ci")[2])
}
put("women_prop_b_se", SE(svymean(~b, women)))
# Finite-population correction: municipalities per size group in the population (invented, as BrukerPlan-like)
d$fpc <- c(130, 103, 31)[d$stratum]
desf <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, fpc = ~fpc, data = d, nest = TRUE)
mf <- svymean(~y, desf, na.rm = TRUE)
put("fpc_mean_y_se", SE(mf))
# Unweighted, unclustered (simple random sample)
dsrs <- svydesign(ids = ~1, data = d)
ms <- svymean(~y, dsrs, na.rm = TRUE)
put("srs_mean_y", coef(ms)); put("srs_mean_y_se", SE(ms))
# Lonely PSU: stratum 4 with one municipality
dl <- rbind(d, data.frame(stratum = 4, kommune = 401, kjonn = c(1, 2, 1, 1, 2), y = c(71.2, 55.4, 80.1, 62.0, 49.5),
  x = c(2, 3, 1.5, 4, 2.5), b = c(1, 0, 1, 0, 0), w = c(2, 2.5, 1.5, 2, 3), fpc = 1))
dl$fpc <- NULL
write.csv(dl, "design_lonely_data.csv", row.names = FALSE, na = "")
for (pol in c("adjust", "remove", "certainty")) {
  options(survey.lonely.psu = pol)
  dd <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = dl, nest = TRUE)
  ml <- svymean(~y, dd, na.rm = TRUE)
  put(paste0("lonely_", pol, "_mean"), coef(ml)); put(paste0("lonely_", pol, "_se"), SE(ml))
  put(paste0("lonely_", pol, "_df"), degf(dd))
}
options(survey.lonely.psu = "fail")
dd <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = dl, nest = TRUE)
put("lonely_fail_errors", as.numeric(inherits(try(svymean(~y, dd, na.rm = TRUE), silent = TRUE), "try-error")), 0)

out$value <- sprintf("%.17g", out$value)
write.csv(out, "design_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "reference values\n")
