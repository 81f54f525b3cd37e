# Reference values for Analysenotater.Statistics.Logistic (binary logistic regression).
# Data: models-data.csv (seeded, written by models-reference.R); outcome fornoyd = 1 if q1 is 4 or 5 ("top box"),
# 0 if q1 is 1-3, missing if q1 is missing (10 rows, deleted listwise).
# Model A: fornoyd ~ kvinne + alder + x + utd (ref. grunnskole; vgs, hoyere) + stor
# Model B: fornoyd ~ kvinne + utd                                                  (6 covariate patterns: tied p-hat)
# Model C: fornoyd_c ~ kvinne + x, fornoyd_c = fornoyd except missing in kommune 20 (a design domain; see below)
# Writes logistic-r-values.csv (key,value,rel_tol,note). Run from this folder:  Rscript logistic-reference.R
# Versions used for the committed values: R 4.2.2, sandwich 3.0.2, survey 4.1-1, MASS 7.3-58.2 (confint.glm profiles).
# Tolerances (relative): 1e-6 for everything that depends on the iterative ML fit (B, SE, Wald, p, Exp(B), CIs,
# -2LL, R2s, HL, robust and design SEs): glm is run to epsilon = 1e-14 but the C# fit stops on its own rule;
# 0 for counts (n, classification table, HL group sizes and observed counts, df); 1e-4 for MASS's confint.glm
# limits (spline interpolation of a profile grid; the exact limits, solved with uniroot, carry 1e-6).
suppressPackageStartupMessages({ library(sandwich); library(survey); library(MASS) })
options(digits = 17)
d <- read.csv("models-data.csv")
d$fornoyd <- ifelse(is.na(d$q1), NA, as.integer(d$q1 >= 4))
d$kvinne <- as.numeric(d$kjonn == 2)
d$utd <- factor(d$utd, levels = c("grunnskole", "vgs", "hoyere"))
out <- list()
put <- function(key, value, tol, note = "") {
  stopifnot(length(value) == 1, is.finite(value))
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}
ml <- 1e-6
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
keys <- c("(Intercept)" = "const", kvinne = "kvinne", alder = "alder", x = "x", utdvgs = "utd.vgs", utdhoyere = "utd.hoyere", stor = "stor")

# Hosmer-Lemeshow by SPSS's documented rule (deciles of risk; cases with the same predicted probability are never
# split between groups): sort by p-hat; group k (k = 1..10) ends at the case at position ceiling(k n / 10), extended to
# the end of its run of tied p-hat; empty groups are dropped. chi2 = sum (O - E)^2 / (E (1 - mean p)), df = g - 2.
hl <- function(p, y, prefix) {
  o <- order(p); p <- p[o]; y <- y[o]; n <- length(p)
  ends <- integer(0); last <- 0
  for (k in 1:10) {
    e <- ceiling(k * n / 10 - 1e-9)
    if (e <= last) next
    while (e < n && p[e + 1] == p[e]) e <- e + 1
    ends <- c(ends, e); last <- e
  }
  starts <- c(1, head(ends, -1) + 1)
  chi <- 0
  for (g in seq_along(ends)) {
    idx <- starts[g]:ends[g]
    s <- length(idx); obs <- sum(y[idx]); ex <- sum(p[idx]); m <- ex / s
    chi <- chi + (obs - ex)^2 / (ex * (1 - m))
    put(sprintf("%s.hl.group%d.n", prefix, g), s, 0)
    put(sprintf("%s.hl.group%d.observed1", prefix, g), obs, 0)
    put(sprintf("%s.hl.group%d.expected1", prefix, g), ex, ml)
  }
  put(paste0(prefix, ".hl.groups"), length(ends), 0)
  put(paste0(prefix, ".hl.chi2"), chi, ml)
  put(paste0(prefix, ".hl.df"), length(ends) - 2, 0)
  put(paste0(prefix, ".hl.p"), pchisq(chi, length(ends) - 2, lower.tail = FALSE), ml)
}

model <- function(formula, prefix, design = TRUE) {
  fit <- glm(formula, family = binomial(), data = d, control = ctl)
  n <- nobs(fit)
  put(paste0(prefix, ".n"), n, 0)
  put(paste0(prefix, ".deleted"), nrow(d) - n, 0)
  b <- coef(fit); se <- sqrt(diag(vcov(fit))); z <- qnorm(0.975)
  for (nm in names(b)) {
    k <- keys[[nm]]
    put(paste0(prefix, ".b.", k), b[[nm]], ml)
    put(paste0(prefix, ".se.", k), se[[nm]], ml)
    put(paste0(prefix, ".wald.", k), (b[[nm]] / se[[nm]])^2, ml, "(B/SE)^2")
    put(paste0(prefix, ".p.", k), pchisq((b[[nm]] / se[[nm]])^2, 1, lower.tail = FALSE), ml)
    put(paste0(prefix, ".expb.", k), exp(b[[nm]]), ml)
    put(paste0(prefix, ".lower.", k), exp(b[[nm]] - z * se[[nm]]), ml, "Wald 95 % CI for Exp(B)")
    put(paste0(prefix, ".upper.", k), exp(b[[nm]] + z * se[[nm]]), ml)
  }
  # Profile-likelihood limits solved exactly: the value c of coefficient j where the deviance of the model refitted
  # with B_j fixed at c (an offset) exceeds the minimum by qchisq(.95, 1); uniroot to 1e-13.
  X <- model.matrix(fit); yy <- fit$y; crit <- qchisq(0.95, 1); dev0 <- deviance(fit)
  prof <- function(j, c) deviance(glm.fit(X[, -j, drop = FALSE], yy, offset = c * X[, j], family = binomial(), control = ctl)) - dev0 - crit
  pr <- suppressMessages(confint(fit))  # MASS profile likelihood (spline interpolation of a profile grid)
  for (j in seq_along(b)) {
    nm <- names(b)[j]
    lo <- uniroot(function(c) prof(j, c), c(b[[j]] - 6 * se[[j]], b[[j]]), tol = 1e-13)$root
    hi <- uniroot(function(c) prof(j, c), c(b[[j]], b[[j]] + 6 * se[[j]]), tol = 1e-13)$root
    put(paste0(prefix, ".profile.lower.", keys[[nm]]), exp(lo), ml, "profile-likelihood 95 % CI for Exp(B), solved with uniroot on glm.fit with an offset")
    put(paste0(prefix, ".profile.upper.", keys[[nm]]), exp(hi), ml)
    put(paste0(prefix, ".mass.lower.", keys[[nm]]), exp(pr[nm, 1]), 1e-4, "MASS confint.glm (interpolated profile): agrees with the exact limits to ~1e-5")
    put(paste0(prefix, ".mass.upper.", keys[[nm]]), exp(pr[nm, 2]), 1e-4)
  }
  # joint Wald test of the categorical term utd (SPSS prints it on the variable's own row)
  iu <- grep("^utd", names(b))
  if (length(iu) > 0) {
    wu <- drop(t(b[iu]) %*% solve(vcov(fit)[iu, iu]) %*% b[iu])
    put(paste0(prefix, ".wald.utd"), wu, ml, "b' V^-1 b over the utd dummies, df 2")
    put(paste0(prefix, ".p.utd"), pchisq(wu, length(iu), lower.tail = FALSE), ml)
  }
  dev <- deviance(fit); null <- fit$null.deviance
  put(paste0(prefix, ".m2ll"), dev, ml, "-2 log likelihood")
  put(paste0(prefix, ".m2ll.null"), null, ml, "-2 log likelihood, constant only")
  put(paste0(prefix, ".omnibus.chi2"), null - dev, ml)
  put(paste0(prefix, ".omnibus.df"), fit$df.null - fit$df.residual, 0)
  put(paste0(prefix, ".omnibus.p"), pchisq(null - dev, fit$df.null - fit$df.residual, lower.tail = FALSE), ml)
  cs <- 1 - exp((dev - null) / n)
  put(paste0(prefix, ".coxsnell"), cs, ml)
  put(paste0(prefix, ".nagelkerke"), cs / (1 - exp(-null / n)), ml)
  p <- fitted(fit); y <- fit$y
  put(paste0(prefix, ".class.00"), sum(y == 0 & p <= 0.5), 0, "observed 0, predicted 0 (p <= 0.5)")
  put(paste0(prefix, ".class.01"), sum(y == 0 & p > 0.5), 0)
  put(paste0(prefix, ".class.10"), sum(y == 1 & p <= 0.5), 0)
  put(paste0(prefix, ".class.11"), sum(y == 1 & p > 0.5), 0)
  put(paste0(prefix, ".iterations.glm"), fit$iter, 0, "informative only: glm's Fisher scoring iterations at epsilon 1e-14")
  hl(p, y, prefix)
  # robust: HC0 (vcovHC) and CR1 (vcovCL HC1, clusters = kommune), z tests as lmtest::coeftest does for glm
  cl <- d$kommune[as.integer(rownames(model.frame(fit)))]
  for (v in list(list("hc0", vcovHC(fit, type = "HC0")), list("cr1", vcovCL(fit, cluster = cl, type = "HC1")))) {
    s <- sqrt(diag(v[[2]]))
    for (nm in names(b)) {
      k <- keys[[nm]]
      put(sprintf("%s.%s.se.%s", prefix, v[[1]], k), s[[nm]], ml)
      put(sprintf("%s.%s.p.%s", prefix, v[[1]], k), 2 * pnorm(-abs(b[[nm]] / s[[nm]])), ml, "z test")
      put(sprintf("%s.%s.lower.%s", prefix, v[[1]], k), exp(b[[nm]] - z * s[[nm]]), ml, "95 % CI for the odds ratio, normal quantile")
      put(sprintf("%s.%s.upper.%s", prefix, v[[1]], k), exp(b[[nm]] + z * s[[nm]]), ml)
    }
  }
  if (design) {
    des <- svydesign(ids = ~kommune, strata = ~size, weights = ~vekt, nest = TRUE, data = d)
    sf <- svyglm(formula, design = des, family = quasibinomial(), control = ctl)
    ss <- summary(sf)$coefficients
    df <- sf$df.residual
    put(paste0(prefix, ".svy.df"), df, 0, "degf(design) + 1 - p, as summary.svyglm")
    for (nm in names(b)) {
      k <- keys[[nm]]
      put(sprintf("%s.svy.b.%s", prefix, k), ss[nm, 1], ml)
      put(sprintf("%s.svy.se.%s", prefix, k), ss[nm, 2], ml)
      put(sprintf("%s.svy.t.%s", prefix, k), ss[nm, 3], ml)
      put(sprintf("%s.svy.p.%s", prefix, k), ss[nm, 4], ml)
      put(sprintf("%s.svy.lower.%s", prefix, k), exp(ss[nm, 1] - qt(0.975, df) * ss[nm, 2]), ml, "exp(B -/+ t(.975, df) SE)")
      put(sprintf("%s.svy.upper.%s", prefix, k), exp(ss[nm, 1] + qt(0.975, df) * ss[nm, 2]), ml)
    }
  }
  fit
}
fa <- model(fornoyd ~ kvinne + alder + x + utd + stor, "a")
fb <- model(fornoyd ~ kvinne + utd, "b")
# Model C: a domain. The outcome is set missing in all of kommune 20 (stratum 1), so that cluster has no complete case:
# survey keeps it in the variance (a zero total; n_h = 8) but not in degf (19 clusters - 3 strata = 16; df = 16 + 1 - 3).
d$fornoyd_c <- ifelse(d$kommune == 20, NA, d$fornoyd)
fc <- model(fornoyd_c ~ kvinne + x, "c")
res <- do.call(rbind, out)
write.csv(res, "logistic-r-values.csv", row.names = FALSE)
cat("wrote", nrow(res), "values\n")
print(summary(fa)); print(summary(fb))
