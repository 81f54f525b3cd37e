# Reference values for SurveyRegression.Fit(frame, design) and SurveyLogisticRegression.Fit(frame, design) on
# calibrated designs WITH a lonely PSU and an FPC (issue 15: regression takes the design and its variance engine, so
# lonely-PSU policy, FPC and calibration apply as for means). Data: design_lonely_data.csv (design_data.csv plus a
# stratum 4 with one PSU, 401). Writes regression_lonely_reference.csv (name, value, relative tolerance).
# Regenerate: Rscript regression_lonely_reference.R   (R 4.2, survey 4.1-1; Debian r-cran-survey)
suppressPackageStartupMessages(library(survey))
options(warn = -1) # svyglm: zero-weight rows "not used for calculating dispersion"; quasibinomial non-integer counts
d <- read.csv("design_lonely_data.csv")
d$fpc <- c(130, 103, 31, 4)[d$stratum]          # population PSUs per stratum (stratum 4: 1 of 4 sampled)
# As in calibration_reference.R, the calibrated designs are built without the two zero-weight rows (R treats them
# inconsistently after calibration; Analysenotater leaves them out of the calibration residuals).
dp <- d[d$w > 0, ]
pop_stratum <- data.frame(stratum = 1:4, Freq = c(10000, 8000, 2535, 40))
pop_kjonn <- data.frame(kjonn = 1:2, Freq = c(14400, 6175))
out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
for (pol in c("adjust", "remove", "certainty")) {
  options(survey.lonely.psu = pol)
  for (fpc in c("nofpc", "fpc")) {
    base <- if (fpc == "fpc") {
      svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, fpc = ~fpc, data = dp, nest = TRUE)
    } else {
      svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = dp, nest = TRUE)
    }
    designs <- list(
      base = base,
      ps = postStratify(base, ~stratum, pop_stratum),
      rk = rake(base, list(~stratum, ~kjonn), list(pop_stratum, pop_kjonn), control = list(maxit = 200, epsilon = 1e-13)))
    for (k in names(designs)) {
      g <- designs[[k]]
      key <- paste(pol, fpc, k, sep = "_")
      lin <- svyglm(y ~ x + factor(kjonn), design = g)
      for (j in seq_along(coef(lin))) { put(paste0(key, "_lin_b", j), coef(lin)[j]); put(paste0(key, "_lin_se", j), SE(lin)[j]) }
      put(paste0(key, "_lin_df"), lin$df.residual, 0)
      # IRLS run to full convergence (glm's default epsilon 1e-8 leaves the SEs about 1e-7 from the limit)
      logit <- svyglm(b ~ x + factor(kjonn), design = g, family = quasibinomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
      for (j in seq_along(coef(logit))) { put(paste0(key, "_logit_b", j), coef(logit)[j]); put(paste0(key, "_logit_se", j), SE(logit)[j]) }
      put(paste0(key, "_logit_df"), logit$df.residual, 0)
    }
  }
}
out$value <- sprintf("%.17g", out$value)
write.csv(out, "regression_lonely_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "values\n")
