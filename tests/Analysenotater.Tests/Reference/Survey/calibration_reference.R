# Reference values for SurveyDesign.PostStratify / SurveyDesign.Rake (calibrated designs: SEs with the calibration
# gain), from R survey on design_data.csv (made by design_reference.R). Writes calibration_reference.csv
# (name, value, relative tolerance). Regenerate: Rscript calibration_reference.R
suppressPackageStartupMessages(library(survey))
options(warn = -1) # svyglm: "observations with zero weight not used for calculating dispersion" (irrelevant to the SE)
d <- read.csv("design_data.csv")
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
pop_stratum <- data.frame(stratum = 1:3, Freq = c(10000, 8000, 2535))
pop_kjonn <- data.frame(kjonn = 1:2, Freq = c(14375, 6160))
# Calibrated designs are built without the two zero-weight rows (their PSUs keep other rows: the same design). A
# zero-weight row is not in the sample, and R treats it inconsistently after calibration: postStratify's variance sets
# its weight to 1 and gives it the residual -mean of its cell, and rake's divides by its weight (0/0 = NaN). Analysenotater
# leaves such rows out of the calibration residuals, which is what R computes when they are absent.
des_pos <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d[d$w > 0, ], nest = TRUE)
ps <- postStratify(des_pos, ~stratum, pop_stratum)
psk <- postStratify(des_pos, ~kjonn, pop_kjonn)
rk <- rake(des_pos, list(~stratum, ~kjonn), list(pop_stratum, pop_kjonn), control = list(maxit = 200, epsilon = 1e-13))
out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
for (k in c("des", "ps", "psk", "rk")) {
  g <- get(k)
  m <- svymean(~y, g, na.rm = TRUE); put(paste0(k, "_mean_y"), coef(m)); put(paste0(k, "_mean_y_se"), SE(m))
  t <- svytotal(~y, g, na.rm = TRUE); put(paste0(k, "_total_y"), coef(t)); put(paste0(k, "_total_y_se"), SE(t))
  p <- svymean(~b, g, na.rm = TRUE); put(paste0(k, "_prop_b"), coef(p)); put(paste0(k, "_prop_b_se"), SE(p))
  r <- svyratio(~y, ~x, g, na.rm = TRUE); put(paste0(k, "_ratio_yx"), coef(r)); put(paste0(k, "_ratio_yx_se"), SE(r))
  by <- svyby(~y, ~kjonn, g, svymean, na.rm = TRUE)
  for (j in 1:2) { put(paste0(k, "_mean_y_kjonn", by$kjonn[j]), by$y[j]); put(paste0(k, "_mean_y_kjonn", by$kjonn[j], "_se"), by$se[j]) }
  sub <- subset(g, stratum == 2)
  ms <- svymean(~y, sub, na.rm = TRUE); put(paste0(k, "_mean_y_stratum2"), coef(ms)); put(paste0(k, "_mean_y_stratum2_se"), SE(ms))
  # mean(kjonn 1) - mean(kjonn 2) as the coefficient of a saturated svyglm (same influence functions as the contrast
  # of the two domain means; svycontrast(svyby(covmat = TRUE)) fails on this design's zero weights)
  fit <- svyglm(y ~ I(kjonn == 1), design = subset(g, !is.na(y)))
  put(paste0(k, "_diff_y_kjonn"), coef(fit)[2]); put(paste0(k, "_diff_y_kjonn_se"), SE(fit)[2])
  # Linear regression on the (calibrated) design: coefficients and SEs of y ~ x + factor(kjonn)
  reg <- svyglm(y ~ x + factor(kjonn), design = g)
  for (j in seq_along(coef(reg))) { put(paste0(k, "_reg_b", j), coef(reg)[j]); put(paste0(k, "_reg_se", j), SE(reg)[j]) }
  put(paste0(k, "_reg_df"), reg$df.residual, 0)
}
out$value <- sprintf("%.17g", out$value)
write.csv(out, "calibration_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "values\n")
