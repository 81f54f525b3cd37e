# Reference values for the design-based estimators of issue 22 (survey 4.1-1): deff = TRUE, normal-theory CI,
# svyciprop(method = "likelihood"), svyttest, svychisq (F and Chisq), calibrate() (linear, raking, logit with bounds),
# trimWeights(), and the recentred lonely-PSU variance of a total (Stata singleunit(centered), computed by hand).
# Reads the committed seeded data ../Survey/design_data.csv and ../Survey/design_lonely_data.csv (written by
# ../Survey/design_reference.R); writes design-values.csv (key, value, rel_tol, note).
# Run from this folder:  Rscript design-reference.R
suppressPackageStartupMessages(library(survey))
options(digits = 17, survey.lonely.psu = "fail")
d <- read.csv("../Survey/design_data.csv")
out <- list()
put <- function(key, value, tol = 1e-8, note = "") {
  stopifnot(length(value) == 1)
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)

## ---- deff = TRUE (survey's default: SRS without replacement, factor (N^ - n)/N^) beside "replace"
m <- svymean(~y, des, na.rm = TRUE, deff = TRUE); put("deff.true.mean_y", deff(m))
m <- svymean(~y, des, na.rm = TRUE, deff = "replace"); put("deff.replace.mean_y", deff(m))
t <- svytotal(~y, des, na.rm = TRUE, deff = TRUE); put("deff.true.total_y", deff(t))
p <- svymean(~b, des, deff = TRUE); put("deff.true.prop_b", deff(p))
by <- svyby(~y, ~kjonn, des, svymean, na.rm = TRUE, deff = TRUE)
for (k in 1:2) put(paste0("deff.true.by_kjonn", k), deff(by)[k], 1e-8, "svyby(deff = TRUE): svymean on the domain")

## ---- normal-theory CI (confint default df = Inf) beside t(df)
m <- svymean(~y, des, na.rm = TRUE)
ci <- confint(m); put("normal.mean_y.lo", ci[1]); put("normal.mean_y.hi", ci[2])
ci <- confint(m, level = 0.9); put("normal90.mean_y.lo", ci[1]); put("normal90.mean_y.hi", ci[2])
t <- svytotal(~y, des, na.rm = TRUE)
ci <- confint(t); put("normal.total_y.lo", ci[1]); put("normal.total_y.hi", ci[2])

## ---- svyciprop(method = "likelihood"): R interpolates a spline through profile points (about 1e-5 off the exact
## limits), so it is compared at 1e-4; the exact limits of the same criterion, 2 KL(p, mu) (m - 1)/m = t^2 V/(p(1 - p))
## (m = rows with weight > 0; the glm's dispersion is m/(m - 1), lambda = V/(p(1 - p)/n) and n cancels), by uniroot at 1e-8.
for (lev in c(0.95, 0.9)) {
  for (dd in list(list("", des), list("women.", subset(des, kjonn == 2)))) {
    cp <- svyciprop(~b, dd[[2]], method = "likelihood", level = lev)
    put(paste0("lik", lev * 100, ".", dd[[1]], "prop_b.lo"), attr(cp, "ci")[1], 1e-4, "svyciprop likelihood (spline through profile points)")
    put(paste0("lik", lev * 100, ".", dd[[1]], "prop_b.hi"), attr(cp, "ci")[2], 1e-4)
    m <- svymean(~b, dd[[2]]); p <- coef(m)[[1]]; V <- vcov(m)[1, 1]; mpos <- sum(weights(dd[[2]]) > 0)
    tq <- qt((1 - lev) / 2, degf(dd[[2]]))
    f <- function(mu) 2 * (p * log(p / mu) + (1 - p) * log((1 - p) / (1 - mu))) * (mpos - 1) / mpos - tq^2 * V / (p * (1 - p))
    put(paste0("likexact", lev * 100, ".", dd[[1]], "prop_b.lo"), uniroot(f, c(1e-12, p), tol = 1e-15)$root, 1e-8, "exact root (uniroot)")
    put(paste0("likexact", lev * 100, ".", dd[[1]], "prop_b.hi"), uniroot(f, c(p, 1 - 1e-12), tol = 1e-15)$root, 1e-8)
  }
}

## ---- svyttest: y by kjonn (2 - 1), and one-sample
tt <- svyttest(y ~ kjonn, des)
put("svyttest.estimate", tt$estimate); put("svyttest.t", tt$statistic); put("svyttest.df", tt$parameter, 0)
put("svyttest.p", tt$p.value, 1e-7); put("svyttest.lo", tt$conf.int[1]); put("svyttest.hi", tt$conf.int[2])

## ---- svychisq: kjonn x b and stratum x b, F (second-order Rao-Scott) and Chisq (first-order)
for (f in list(list("kjonn_b", ~kjonn + b), list("stratum_b", ~stratum + b))) {
  cF <- svychisq(f[[2]], des, statistic = "F")
  put(paste0("chisq.", f[[1]], ".F"), cF$statistic); put(paste0("chisq.", f[[1]], ".ndf"), cF$parameter[1])
  put(paste0("chisq.", f[[1]], ".ddf"), cF$parameter[2]); put(paste0("chisq.", f[[1]], ".F.p"), cF$p.value, 1e-7)
  cC <- svychisq(f[[2]], des, statistic = "Chisq")
  put(paste0("chisq.", f[[1]], ".X2"), cC$statistic); put(paste0("chisq.", f[[1]], ".X2.df"), cC$parameter, 0)
  put(paste0("chisq.", f[[1]], ".X2.p"), cC$p.value, 1e-7)
}

## ---- calibrate(): margins stratum (3) and kjonn (2); population totals invented but fixed. Estimates of x and b
## (no missing values: survey 4.1-1 cannot take na.rm = TRUE on a calibrated design)
## survey 4.1-1's calibrated variance divides by the weights, so the two zero-weight rows are left out here.
d2 <- d[d$w > 0, ]
d2$strat_f <- factor(d2$stratum); d2$kjonn_f <- factor(d2$kjonn)
des2 <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d2, nest = TRUE)
pop <- c(`(Intercept)` = 1800, strat_f2 = 380, strat_f3 = 300, kjonn_f2 = 600)
for (cf in c("linear", "raking", "logit")) {
  bounds <- if (cf == "logit") c(0.9, 1.15) else c(-Inf, Inf)
  cal <- calibrate(des2, ~strat_f + kjonn_f, population = pop, calfun = cf, bounds = bounds, epsilon = 1e-12, maxit = 1000)
  mc <- svymean(~x, cal); tc <- svytotal(~b, cal)
  put(paste0("cal.", cf, ".mean_x"), coef(mc)); put(paste0("cal.", cf, ".mean_x_se"), SE(mc))
  put(paste0("cal.", cf, ".total_b"), coef(tc)); put(paste0("cal.", cf, ".total_b_se"), SE(tc))
  put(paste0("cal.", cf, ".w1"), weights(cal)[1], 1e-8, "first calibrated weight")
  put(paste0("cal.", cf, ".wmax"), max(weights(cal)))
  put(paste0("cal.", cf, ".wmin"), min(weights(cal)))
}
# linear calibration with bounds (survey iterates the bounded linear distance)
cal <- calibrate(des2, ~strat_f + kjonn_f, population = pop, calfun = "linear", bounds = c(0.9, 1.15), epsilon = 1e-12, maxit = 1000)
mc <- svymean(~x, cal)
put("cal.linearbounded.mean_x", coef(mc)); put("cal.linearbounded.mean_x_se", SE(mc))
put("cal.linearbounded.wmax", max(weights(cal))); put("cal.linearbounded.wmin", min(weights(cal)))

## ---- trimWeights(): upper 8, lower 0.6, then the mean and its SE on the trimmed design
## (rows with weight 0 left out: R raises a zero weight to the lower bound, the library keeps it 0 - outside the sample)
despos <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d[d$w > 0, ], nest = TRUE)
tw <- trimWeights(despos, upper = 8, lower = 0.6)
mt <- svymean(~y, tw, na.rm = TRUE)
put("trim.mean_y", coef(mt)); put("trim.mean_y_se", SE(mt)); put("trim.wsum", sum(weights(tw)))
put("trim.w1", weights(tw)[1]); put("trim.wmax", max(weights(tw)))

## ---- zero weights kept in the design (rows 5 and 77 of design_data.csv have w = 0)
stopifnot(sum(d$w == 0) == 2, d$w[5] == 0, d$w[77] == 0)
d$strat_f <- factor(d$stratum); d$kjonn_f <- factor(d$kjonn)
desz <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
# trimWeights: survey raises a zero weight to the lower bound (0 is outside [lower, upper]); with no lower bound a zero
# weight is inside and takes its share of the trimmed amount. The library's ZeroWeightTrimming.AsSurvey does the same.
for (lw in list(list("lower", 0.6), list("nolower", -Inf))) {
  tz <- trimWeights(desz, upper = 8, lower = lw[[2]])
  k <- paste0("trimzero.survey.", lw[[1]], ".")
  put(paste0(k, "w5"), weights(tz)[5]); put(paste0(k, "w77"), weights(tz)[77]); put(paste0(k, "wsum"), sum(weights(tz)))
  put(paste0(k, "wmax"), max(weights(tz)))
  mz <- svymean(~y, tz, na.rm = TRUE); put(paste0(k, "mean_y"), coef(mz)); put(paste0(k, "mean_y_se"), SE(mz))
}
# ZeroWeightTrimming.Keep (the library's default): zero weights stay 0 and in the design, the others are trimmed as
# trimWeights trims the positive rows (tw above); survey's own variance of the design with the zeros kept.
pw <- weights(desz); pw[pw > 0] <- weights(tw); kept <- desz; kept$prob <- 1 / pw
mk <- svymean(~y, kept, na.rm = TRUE)
put("trimzero.keep.mean_y", coef(mk)); put("trimzero.keep.mean_y_se", SE(mk)); put("trimzero.keep.wsum", sum(pw))
# calibrate(): survey keeps a zero weight at 0 (g-weights multiply the old weight) and calibrates the others exactly as
# on the positive rows; survey 4.1-1's calibrated variance then fails (it divides the scores by the weights, 0/0), so
# the SE reference is the positive-row design above (cal.<calfun>.mean_x_se): a zero-weight row's score w e is 0.
for (cf in c("linear", "raking", "logit")) {
  bounds <- if (cf == "logit") c(0.9, 1.15) else c(-Inf, Inf)
  calz <- calibrate(desz, ~strat_f + kjonn_f, population = pop, calfun = cf, bounds = bounds, epsilon = 1e-12, maxit = 1000)
  wz <- weights(calz)
  put(paste0("calzero.", cf, ".w5"), wz[5], 0, "a zero weight stays 0"); put(paste0("calzero.", cf, ".w77"), wz[77], 0)
  put(paste0("calzero.", cf, ".w1"), wz[1]); put(paste0("calzero.", cf, ".wsum"), sum(wz))
  put(paste0("calzero.", cf, ".mean_x"), sum(wz * d$x) / sum(wz), 1e-8, "weighted mean by hand (svymean fails in survey 4.1-1)")
  put(paste0("calzero.", cf, ".total_b"), sum(wz * d$b), 1e-8)
  stopifnot(max(abs(wz[d$w > 0] - weights(calibrate(des2, ~strat_f + kjonn_f, population = pop, calfun = cf, bounds = bounds, epsilon = 1e-12, maxit = 1000)))) < 1e-9)
  if (!inherits(try(svymean(~x, calz), silent = TRUE), "try-error"))
    message("this survey version computes the calibrated SE with zero weights: compare it with cal.", cf, ".mean_x_se")
}

## ---- svyttest one-sample form: y ~ 0 and I(y - 60) ~ 0 (df = degf(design) - 1) on four designs
designs <- list(list("strat", desz),
                list("clus", svydesign(ids = ~kommune, weights = ~w, data = d)),
                list("wt", svydesign(ids = ~1, weights = ~w, data = d)),
                list("women", subset(desz, kjonn == 2)))
for (ds in designs) {
  for (mu in c(0, 60)) {
    t1 <- if (mu == 0) svyttest(y ~ 0, ds[[2]], na.rm = TRUE) else svyttest(I(y - 60) ~ 0, ds[[2]], na.rm = TRUE)
    k <- paste0("svyttest1.", ds[[1]], ".mu", mu, ".")
    put(paste0(k, "estimate"), t1$estimate, 1e-8, "mean of y - mu"); put(paste0(k, "t"), t1$statistic)
    put(paste0(k, "df"), t1$parameter, 0); put(paste0(k, "p"), t1$p.value, 1e-7)
    put(paste0(k, "lo"), t1$conf.int[1]); put(paste0(k, "hi"), t1$conf.int[2])
  }
}

## ---- lonely PSU (stratum 4 has one municipality): survey's "adjust" for a total, and the recentred variant
## (Stata singleunit(centered): the lonely PSU's total deviates from the mean of all PSU totals), by hand in R
dl <- read.csv("../Survey/design_lonely_data.csv")
options(survey.lonely.psu = "adjust")
dd <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = dl, nest = TRUE)
tl <- svytotal(~y, dd, na.rm = TRUE)
put("lonely.adjust.total_y", coef(tl)); put("lonely.adjust.total_y_se", SE(tl))
u <- tapply(ifelse(is.na(dl$y), 0, dl$w * dl$y), dl$kommune, sum)       # PSU totals of the total's scores
st <- tapply(dl$stratum, dl$kommune, function(s) s[1])
v <- 0
for (h in unique(st)) {
  uh <- u[st == h]; nh <- length(uh)
  v <- v + if (nh > 1) nh / (nh - 1) * sum((uh - mean(uh))^2) else (uh - mean(u))^2
}
put("lonely.centered.total_y_se", sqrt(v), 1e-8, "by hand: lonely stratum centred at the mean of all PSU totals")
stopifnot(abs(sqrt(v) - SE(tl)) > 1e-6)

res <- do.call(rbind, out)
write.csv(res, "design-values.csv", row.names = FALSE, quote = c(1, 4))
cat("wrote", nrow(res), "values; survey", as.character(packageVersion("survey")), "\n")
