# Reference values for Analysenotater.Statistics.{Reliability,Regression,Multilevel,Multiplicity,MethodComparison}.
# Generates the seeded synthetic data (models-data.csv) and writes r-values.csv (key,value,rel_tol,note).
# Run from this folder:  Rscript models-reference.R
# Needs Debian's r-base-core r-cran-psych r-cran-sandwich r-cran-clubsandwich r-cran-survey r-cran-lme4.
# Versions used for the committed values: R 4.2.2, psych 2.2.9, sandwich 3.0.2, clubSandwich 0.5.8, survey 4.1-1, lme4 1.1-31.
suppressPackageStartupMessages({ library(psych); library(sandwich); library(clubSandwich); library(survey); library(lme4) })
options(digits = 17)

## ---- 1. seeded synthetic data: 491 respondents in 20 municipalities (kommune) in 3 size strata
set.seed(20171)
n_per <- c(40, 35, 31, 30, 28, 27, 26, 25, 24, 24, 23, 22, 22, 21, 20, 20, 19, 18, 18, 18)  # sums to 491
stopifnot(sum(n_per) == 491)
size_of_k <- c(rep(3, 5), rep(2, 7), rep(1, 8))                  # 5 large, 7 medium, 8 small municipalities
kommune <- rep(seq_along(n_per), n_per)
size <- size_of_k[kommune]
n <- length(kommune)
u_k <- rnorm(20, 0, 4)                                              # municipality effect on the indicator
kjonn <- rbinom(n, 1, 0.45) + 1                                     # 1 mann, 2 kvinne
alder <- round(runif(n, 18, 80))
utd <- sample(c("grunnskole", "vgs", "hoyere"), n, replace = TRUE, prob = c(0.3, 0.4, 0.3))
latent <- rnorm(n)
x <- round(50 + 10 * latent + rnorm(n, 0, 8), 1)                   # a continuous predictor (e.g. a second indicator)
stor <- as.numeric(size == 3)
y <- 60 + 0.35 * (x - 50) - 3 * (kjonn == 2) + 0.08 * alder + ifelse(utd == "hoyere", 4, ifelse(utd == "vgs", 1.5, 0)) -
     2.5 * stor + u_k[kommune] + rnorm(n, 0, 12)
y <- round(y, 2)
item <- function(load) { v <- round(3 + load * latent + rnorm(n, 0, 0.9)); pmin(5, pmax(1, v)) }
q <- sapply(c(0.9, 0.8, 0.7, 0.6, 0.5), item)
colnames(q) <- paste0("q", 1:5)
for (j in 1:5) q[sample(n, 8 + 2 * j), j] <- NA                     # 10-18 missing answers per item
y[sample(n, 9)] <- NA
x[sample(n, 7)] <- NA
# design weights: inverse of inclusion, large municipalities over-represented -> small weights
vekt <- round(c(1.9, 1.1, 0.55)[size] * runif(n, 0.8, 1.25), 4)
dat <- data.frame(id = 1:n, kommune, size, kjonn, alder, utd, x, y, q, vekt, stor)
write.csv(dat, "models-data.csv", row.names = FALSE, na = "")

dat <- read.csv("models-data.csv")                                  # read back: every figure below comes from the file
out <- list()
put <- function(key, value, tol, note = "") {
  stopifnot(length(value) == 1)
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}
closed <- 1e-8

## ---- 2. reliability: psych::alpha on the listwise-complete items, Feldt CI, one-factor omega
items <- na.omit(dat[, paste0("q", 1:5)])
a <- psych::alpha(items)
put("alpha.n", nrow(items), 0)
put("alpha.raw", a$total$raw_alpha, closed)
put("alpha.std", a$total$std.alpha, closed)
ci <- psych::alpha.ci(a$total$raw_alpha, nrow(items), 5, p.val = 0.05)
put("alpha.feldt.lower", 1 - (1 - a$total$raw_alpha) * qf(0.975, nrow(items) - 1, (nrow(items) - 1) * 4), closed, "Feldt: 1-(1-a)F(.975; n-1, (n-1)(k-1)) as psych::alpha.ci")
put("alpha.feldt.upper", 1 - (1 - a$total$raw_alpha) * qf(0.025, nrow(items) - 1, (nrow(items) - 1) * 4), closed)
for (j in 1:5) {
  nm <- paste0("q", j)
  put(paste0("alpha.drop.raw.", nm), a$alpha.drop[nm, "raw_alpha"], closed)
  put(paste0("alpha.drop.std.", nm), a$alpha.drop[nm, "std.alpha"], closed)
  put(paste0("alpha.rdrop.", nm), a$item.stats[nm, "r.drop"], closed)
  put(paste0("alpha.mean.", nm), a$item.stats[nm, "mean"], closed)
  put(paste0("alpha.sd.", nm), a$item.stats[nm, "sd"], closed)
}
# one-factor minres (= unweighted least squares) loadings. psych's fm="minres" stops at optim's default tolerance,
# so it is compared loosely; the same solution converged tightly by iterated principal axes (fm="pa", min.err=1e-14)
# is the 1e-8 reference (the ULS fixed point: lambda is the leading eigenvector of R with lambda^2 on the diagonal).
R <- cor(items)
omega_of <- function(l) sum(l)^2 / (sum(l)^2 + sum(1 - l^2))
fmin <- psych::fa(R, nfactors = 1, fm = "minres", n.obs = nrow(items))
fpa <- suppressWarnings(psych::fa(R, nfactors = 1, fm = "pa", n.obs = nrow(items), min.err = 1e-14, max.iter = 100000))
lmin <- as.numeric(fmin$loadings); lpa <- as.numeric(fpa$loadings)
lmin <- lmin * sign(sum(lmin)); lpa <- lpa * sign(sum(lpa))
for (j in 1:5) {
  put(paste0("fa.minres.loading.q", j), lmin[j], 1e-4, "psych::fa minres; optim default tolerance")
  put(paste0("fa.uls.loading.q", j), lpa[j], 1e-8, "psych::fa pa converged to 1e-14 = ULS/minres solution")
}
put("omega.minres", omega_of(lmin), 1e-4, "(sum l)^2/((sum l)^2+sum(1-l^2)) from psych::fa minres loadings")
put("omega.uls", omega_of(lpa), 1e-8, "same formula, tightly converged loadings")

## ---- 3. OLS: y ~ kjonn + alder + x + utd (reference grunnskole) + stor, listwise
dat$kvinne <- as.numeric(dat$kjonn == 2)
dat$utd <- factor(dat$utd, levels = c("grunnskole", "vgs", "hoyere"))
cc <- dat[complete.cases(dat[, c("y", "kvinne", "alder", "x", "utd", "stor")]), ]
fit <- lm(y ~ kvinne + alder + x + utd + stor, data = cc)
s <- summary(fit)
names_c <- c("(Intercept)", "kvinne", "alder", "x", "utdvgs", "utdhoyere", "stor")
keys_c <- c("const", "kvinne", "alder", "x", "utd.vgs", "utd.hoyere", "stor")
put("ols.n", nrow(cc), 0)
put("ols.deleted", nrow(dat) - nrow(cc), 0)
X <- model.matrix(fit)
sdy <- sd(cc$y)
ci <- confint(fit)
for (i in seq_along(names_c)) {
  k <- keys_c[i]; nm <- names_c[i]
  put(paste0("ols.b.", k), coef(fit)[nm], closed)
  put(paste0("ols.se.", k), s$coefficients[nm, 2], closed)
  put(paste0("ols.t.", k), s$coefficients[nm, 3], closed)
  put(paste0("ols.p.", k), s$coefficients[nm, 4], 1e-7, "p from the t distribution; tails via incomplete beta")
  put(paste0("ols.lower.", k), ci[nm, 1], closed)
  put(paste0("ols.upper.", k), ci[nm, 2], closed)
  if (i > 1) put(paste0("ols.beta.", k), coef(fit)[nm] * sd(X[, nm]) / sdy, closed, "B*SD(x)/SD(y) on the listwise sample, as SPSS")
}
put("ols.r2", s$r.squared, closed)
put("ols.adjr2", s$adj.r.squared, closed)
put("ols.f", s$fstatistic[1], closed)
put("ols.f.df1", s$fstatistic[2], 0)
put("ols.f.df2", s$fstatistic[3], 0)
put("ols.f.p", pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE), 1e-6)
put("ols.ss.residual", sum(resid(fit)^2), closed)
put("ols.ss.total", sum((cc$y - mean(cc$y))^2), closed)
put("ols.sigma", s$sigma, closed)
reduced <- lm(y ~ kvinne + alder + x + stor, data = cc)
av <- anova(reduced, fit)
put("ols.term.utd.f", av$F[2], closed, "joint F for the utd dummies (anova of nested models)")
put("ols.term.utd.df1", av$Df[2], 0)
put("ols.term.utd.p", av$`Pr(>F)`[2], 1e-7)

## ---- 4. heteroskedasticity-consistent and cluster-robust SEs
for (type in c("HC0", "HC1", "HC2", "HC3")) {
  se <- sqrt(diag(vcovHC(fit, type = type)))
  for (i in seq_along(names_c)) put(paste0("hc.", type, ".se.", keys_c[i]), se[names_c[i]], closed)
}
# CR1 = sandwich::vcovCL(type = "HC1"): G/(G-1) * (n-1)/(n-p), Stata's small-sample factor; t with G-1 df as Stata
V1 <- vcovCL(fit, cluster = ~kommune, type = "HC1")
G <- length(unique(cc$kommune))
for (i in seq_along(names_c)) {
  se <- sqrt(V1[names_c[i], names_c[i]])
  put(paste0("cr1.se.", keys_c[i]), se, closed)
  put(paste0("cr1.p.", keys_c[i]), 2 * pt(abs(coef(fit)[names_c[i]] / se), G - 1, lower.tail = FALSE), 1e-7)
}
ct <- coef_test(fit, vcov = "CR2", cluster = cc$kommune, test = "Satterthwaite")
for (i in seq_along(names_c)) {
  put(paste0("cr2.se.", keys_c[i]), ct$SE[i], closed)
  put(paste0("cr2.df.", keys_c[i]), ct$df_Satt[i], 1e-8)
  put(paste0("cr2.p.", keys_c[i]), ct$p_Satt[i], 1e-7)
}

## ---- 5. design-based regression: svyglm gaussian, ids = kommune, strata = size, weights = vekt
des <- svydesign(ids = ~kommune, strata = ~size, weights = ~vekt, data = dat, nest = TRUE)
sfit <- svyglm(y ~ kvinne + alder + x + utd + stor, design = des, family = gaussian())
ss <- summary(sfit)
for (i in seq_along(names_c)) {
  put(paste0("svy.b.", keys_c[i]), coef(sfit)[names_c[i]], closed)
  put(paste0("svy.se.", keys_c[i]), ss$coefficients[names_c[i], 2], closed)
  put(paste0("svy.p.", keys_c[i]), ss$coefficients[names_c[i], 4], 1e-7)
}
put("svy.df", ss$df.residual, 0, "degf(design) + 1 - p")
put("svy.design.df", degf(des), 0)

## ---- 6. random-intercept model by REML: lmer(y ~ ... + (1|kommune)); lme4's optimiser stops near 1e-6,
## so the tightly profiled optimum (optimize() on lme4's own deviance function, tol 1e-12) is the reference.
## Tolerance 1e-6: the criterion is flat at the optimum, so rounding in the deviance (~1e-13 relative) leaves theta
## determined only to ~1e-7 relative by any optimiser; tau2 = theta^2 sigma2 doubles that.
m <- lmer(y ~ kvinne + alder + x + utd + stor + (1 | kommune), data = cc, REML = TRUE)
vc <- as.data.frame(VarCorr(m))
put("lmer.tau2", vc$vcov[1], 1e-5, "lme4 optimiser tolerance")
put("lmer.sigma2", vc$vcov[2], 1e-5, "lme4 optimiser tolerance")
put("lmer.loglik", as.numeric(logLik(m)), 1e-8, "flat at the optimum")
lf <- lFormula(y ~ kvinne + alder + x + utd + stor + (1 | kommune), data = cc, REML = TRUE)
devf <- do.call(mkLmerDevfun, lf)
opt <- optimize(devf, c(0, 10), tol = 1e-12)
th <- opt$minimum
invisible(devf(th))
env <- environment(devf)
mm <- mkMerMod(env, list(par = th, fval = opt$objective, conv = 0, feval = NA, message = ""), lf$reTrms, fr = lf$fr)
vc2 <- as.data.frame(VarCorr(mm))
put("reml.theta", th, 1e-6, "optimize(tol=1e-12) on lme4's REML deviance")
put("reml.tau2", vc2$vcov[1], 1e-6)
put("reml.sigma2", vc2$vcov[2], 1e-6)
put("reml.icc", vc2$vcov[1] / (vc2$vcov[1] + vc2$vcov[2]), 1e-6)
put("reml.loglik", -opt$objective / 2, 1e-10)
fe <- fixef(mm); sefe <- sqrt(diag(as.matrix(vcov(mm))))
for (i in seq_along(names_c)) {
  put(paste0("reml.b.", keys_c[i]), fe[names_c[i]], 1e-6)
  put(paste0("reml.se.", keys_c[i]), sefe[names_c[i]], 1e-6)
  put(paste0("lmer.b.", keys_c[i]), fixef(m)[names_c[i]], 1e-5, "lme4 optimiser tolerance")
}
put("reml.groups", length(unique(cc$kommune)), 0)
## predicted random intercepts (BLUPs, lme4's ranef) at the tight optimum, and each cluster's n
re <- ranef(mm)$kommune
for (k in rownames(re)) {
  put(paste0("reml.ranef.", k), re[k, 1], 1e-6, "ranef(mm) at the tight optimum")
  put(paste0("reml.ranef_n.", k), sum(cc$kommune == as.numeric(k)), 0)
}

## ---- 7. multiplicity: p.adjust over a named family (the OLS slope p-values plus fixed values with a tie)
fam <- c(s$coefficients[-1, 4], extra.a = 0.012, extra.b = 0.012, extra.c = 0.049, extra.d = 0.2, extra.e = 1)
write.csv(data.frame(name = names(fam), p = sprintf("%.17g", fam)), "padjust-family.csv", row.names = FALSE)
fam <- read.csv("padjust-family.csv")$p
for (i in seq_along(fam)) {
  put(paste0("holm.", i), p.adjust(fam, "holm")[i], 1e-12)
  put(paste0("bh.", i), p.adjust(fam, "BH")[i], 1e-12)
}

## ---- 8. one share: q1 >= 4 among valid answers; Wald and Wilson (prop.test without continuity correction)
v <- dat$q1[!is.na(dat$q1)]
k <- sum(v >= 4); m_ <- length(v); p_ <- k / m_
put("share.k", k, 0); put("share.n", m_, 0)
put("share.wald.lower", p_ - qnorm(0.975) * sqrt(p_ * (1 - p_) / m_), closed)
put("share.wald.upper", p_ + qnorm(0.975) * sqrt(p_ * (1 - p_) / m_), closed)
w <- prop.test(k, m_, correct = FALSE)$conf.int
put("share.wilson.lower", w[1], closed)
put("share.wilson.upper", w[2], closed)

res <- do.call(rbind, out)
write.csv(res, "r-values.csv", row.names = FALSE, quote = c(1, 4))
cat("wrote", nrow(res), "values\n")
