# Cluster-robust variants of the logistic regression, named apart as for OLS: CR1 = G/(G - 1), CR1S = Stata's
# G/(G - 1) (n - 1)/(n - p), CR1p = G/(G - p). Models A, B and C of ../Models/logistic-reference.R on the committed
# ../Models/models-data.csv, clusters = kommune. Writes logistic-cluster-values.csv (key, value, rel_tol, note).
# Each variant from clubSandwich::vcovCR(glm, type = ...); CR1 and CR1S also from sandwich::vcovCL (type = "HC0",
# cadjust = TRUE is G/(G - 1); type = "HC1" adds (n - 1)/(n - p)) and the script stops if the two packages disagree beyond 1e-6 (they differ by about 2e-8: clubSandwich takes
# the bread from the working weights of the last IRLS step).
# p-values: z tests (clubSandwich coef_test(test = "z")). Tolerance 1e-6: glm is run to epsilon 1e-14 but the C#
# fit stops on its own rule (as ../Models/logistic-reference.R).
# Run from this folder:  Rscript logistic-cluster-reference.R     Debian: r-cran-sandwich r-cran-clubsandwich
suppressPackageStartupMessages({ library(sandwich); library(clubSandwich) })
options(digits = 17)
d <- read.csv("../Models/models-data.csv")
d$fornoyd <- ifelse(is.na(d$q1), NA, as.integer(d$q1 >= 4))
d$kvinne <- as.numeric(d$kjonn == 2)
d$utd <- factor(d$utd, levels = c("grunnskole", "vgs", "hoyere"))
d$fornoyd_c <- ifelse(d$kommune == 20, NA, d$fornoyd)
out <- list()
put <- function(key, value, tol, note = "") {
  stopifnot(length(value) == 1, is.finite(value))
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
keys <- c("(Intercept)" = "const", kvinne = "kvinne", alder = "alder", x = "x", utdvgs = "utd.vgs", utdhoyere = "utd.hoyere", stor = "stor")
model <- function(formula, prefix) {
  fit <- glm(formula, family = binomial(), data = d, control = ctl)
  cl <- d$kommune[as.integer(rownames(model.frame(fit)))]
  G <- length(unique(cl)); n <- nobs(fit); p <- length(coef(fit))
  put(paste0(prefix, ".clusters"), G, 0)
  for (type in c("CR1", "CR1S", "CR1p")) {
    VC <- vcovCR(fit, cluster = cl, type = type); V <- as.matrix(VC)
    if (type == "CR1") stopifnot(max(abs(V - vcovCL(fit, cluster = cl, type = "HC0", cadjust = TRUE))) < 1e-6 * max(abs(V)))
    if (type == "CR1S") stopifnot(max(abs(V - vcovCL(fit, cluster = cl, type = "HC1"))) < 1e-6 * max(abs(V)))
    z <- coef_test(fit, vcov = VC, test = "z")
    for (i in seq_along(coef(fit))) {
      k <- keys[[names(coef(fit))[i]]]
      put(sprintf("%s.%s.se.%s", prefix, tolower(type), k), sqrt(V[i, i]), 1e-6, paste0("clubSandwich vcovCR(type = '", type, "')"))
      put(sprintf("%s.%s.p.%s", prefix, tolower(type), k), z$p_z[i], 1e-6, "coef_test(test = 'z')")
    }
  }
}
model(fornoyd ~ kvinne + alder + x + utd + stor, "a")
model(fornoyd ~ kvinne + utd, "b")
model(fornoyd_c ~ kvinne + x, "c")
res <- do.call(rbind, out)
write.csv(res, "logistic-cluster-values.csv", row.names = FALSE, quote = c(1, 4))
cat("wrote", nrow(res), "values; sandwich", as.character(packageVersion("sandwich")), "clubSandwich", as.character(packageVersion("clubSandwich")), "\n")
