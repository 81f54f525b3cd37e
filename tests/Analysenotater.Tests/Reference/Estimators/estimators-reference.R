# Reference values for the estimators of issue 22 that need no survey design (t-tests, continuity-corrected Wilson,
# reliability additions, intercept-only and Satterthwaite mixed models, CR1/CR1S/CR1 normal p, CR2 HTZ Wald test).
# Reads the committed seeded data ../Models/models-data.csv (written by ../Models/models-reference.R); writes
# estimators-values.csv (key, value, rel_tol, note). Run from this folder:  Rscript estimators-reference.R
# Debian: r-base-core r-cran-psych r-cran-gparotation r-cran-clubsandwich r-cran-sandwich r-cran-lme4 r-cran-lmertest
suppressPackageStartupMessages({ library(psych); library(sandwich); library(clubSandwich); library(lme4); library(lmerTest) })
options(digits = 17)
dat <- read.csv("../Models/models-data.csv")
out <- list()
put <- function(key, value, tol, note = "") {
  stopifnot(length(value) == 1)
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}
closed <- 1e-8
versions <- sprintf("R %s, psych %s, clubSandwich %s, lme4 %s, lmerTest %s", getRversion(), packageVersion("psych"),
                    packageVersion("clubSandwich"), packageVersion("lme4"), packageVersion("lmerTest"))

## ---- 1. t-tests from data: y by kjonn (1 = mann, 2 = kvinne), Welch and Student; one-sample against 60
for (eq in c(FALSE, TRUE)) {
  tt <- t.test(y ~ kjonn, data = dat, var.equal = eq)
  k <- if (eq) "ttest.student." else "ttest.welch."
  put(paste0(k, "t"), tt$statistic, closed)
  put(paste0(k, "df"), tt$parameter, closed)
  put(paste0(k, "p"), tt$p.value, 1e-7, "t tail via incomplete beta")
  put(paste0(k, "lower"), tt$conf.int[1], closed)
  put(paste0(k, "upper"), tt$conf.int[2], closed)
  put(paste0(k, "se"), tt$stderr, closed)
  put(paste0(k, "mean1"), tt$estimate[1], closed)
  put(paste0(k, "mean2"), tt$estimate[2], closed)
}
put("ttest.n1", sum(!is.na(dat$y) & dat$kjonn == 1), 0)
put("ttest.n2", sum(!is.na(dat$y) & dat$kjonn == 2), 0)
t1 <- t.test(dat$y, mu = 60, conf.level = 0.9)
put("ttest.one.t", t1$statistic, closed); put("ttest.one.df", t1$parameter, 0); put("ttest.one.p", t1$p.value, 1e-7)
put("ttest.one.lower", t1$conf.int[1], closed); put("ttest.one.upper", t1$conf.int[2], closed)

## ---- 2. continuity-corrected Wilson interval (Newcombe 1998 method 4) = prop.test(correct = TRUE)$conf.int
## (R drops the correction when |x - n/2| < 0.5 because its YATES is min(0.5, |x - n p0|); the cases avoid x = n/2)
cases <- list(c(NA, NA), c(0, 20), c(1, 20), c(19, 20), c(20, 20), c(3, 17), c(212, 473))
v <- dat$q1[!is.na(dat$q1)]; cases[[1]] <- c(sum(v >= 4), length(v))
for (i in seq_along(cases)) {
  x <- cases[[i]][1]; n <- cases[[i]][2]
  ci <- prop.test(x, n, correct = TRUE)$conf.int
  ci90 <- prop.test(x, n, correct = TRUE, conf.level = 0.9)$conf.int
  key <- paste0("wilsoncc.", x, ".", n)
  put(paste0(key, ".lower"), ci[1], closed); put(paste0(key, ".upper"), ci[2], closed)
  put(paste0(key, ".lower90"), ci90[1], closed); put(paste0(key, ".upper90"), ci90[2], closed)
}

## ---- 3. reliability additions on the listwise-complete items q1-q5
items <- na.omit(dat[, paste0("q", 1:5)])
a <- psych::alpha(items)
put("rel.g6", a$total$`G6(smc)`, closed, "psych::alpha G6(smc)")
put("rel.average_r", a$total$average_r, closed)
put("rel.median_r", a$total$median_r, closed)
put("rel.sn", a$total$`S/N`, closed)
put("rel.ase", a$total$ase, closed)
put("rel.itemmean.mean", a$total$mean, closed, "psych's mean of the item-mean scores")
put("rel.itemmean.sd", a$total$sd, closed)
s <- rowSums(items)
put("rel.sum.mean", mean(s), closed); put("rel.sum.var", var(s), closed); put("rel.sum.sd", sd(s), closed)
for (j in 1:5) put(paste0("rel.g6.drop.q", j), a$alpha.drop[paste0("q", j), "G6(smc)"], closed)
put("rel.feldt.df1", nrow(items) - 1, 0); put("rel.feldt.df2", (nrow(items) - 1) * 4, 0)
# one-factor ML loadings (factanal, tightly converged) and omega from them
fml <- factanal(covmat = cor(items), factors = 1, n.obs = nrow(items), control = list(opt = list(factr = 10, pgtol = 0, maxit = 10000)))
l <- as.numeric(fml$loadings); l <- l * sign(sum(l))
for (j in 1:5) put(paste0("rel.ml.loading.q", j), l[j], 1e-6, "factanal, L-BFGS-B factr = 10")
put("rel.omega.ml", sum(l)^2 / (sum(l)^2 + sum(1 - l^2)), 1e-6, "omega total from the one-factor ML loadings")
fpm <- psych::fa(cor(items), nfactors = 1, fm = "ml", n.obs = nrow(items))
put("rel.omega.ml.psych", { lp <- as.numeric(fpm$loadings); lp <- lp * sign(sum(lp)); sum(lp)^2 / (sum(lp)^2 + sum(1 - lp^2)) }, 1e-4, "psych::fa fm = ml (optim default tolerance)")
# psych::omega with one factor: omega.tot = 1 - sum(u2)/Vt and omega_h = (sum g)^2/Vt with Vt = sum(R)
o <- suppressWarnings(suppressMessages(psych::omega(items, nfactors = 1, plot = FALSE)))
put("rel.omega.tot", o$omega.tot, 1e-4, "psych::omega(nfactors = 1) minres, optim default tolerance")
put("rel.omega.h", o$omega_h, 1e-4, "psych::omega(nfactors = 1)")
put("rel.omega.G6", o$G6, closed)

## ---- 4. mixed models (lmerTest): intercept-only and the full model, REML, Satterthwaite df
ctrl <- lmerControl(optimizer = "nloptwrap", optCtrl = list(xtol_abs = 1e-12, ftol_abs = 1e-14, xtol_rel = 1e-12, maxeval = 100000))
d0 <- dat[!is.na(dat$y), ]
m0 <- lmerTest::lmer(y ~ 1 + (1 | kommune), data = d0, REML = TRUE, control = ctrl)
vc <- as.data.frame(VarCorr(m0))
put("mixed0.tau2", vc$vcov[1], 1e-6, "lme4 nloptwrap tightened (xtol 1e-12)")
put("mixed0.sigma2", vc$vcov[2], 1e-6)
put("mixed0.icc", vc$vcov[1] / sum(vc$vcov), 1e-6)
put("mixed0.n", nrow(d0), 0)
s0 <- summary(m0)$coefficients
put("mixed0.b", s0[1, "Estimate"], 1e-6); put("mixed0.se", s0[1, "Std. Error"], 1e-6)
put("mixed0.df", s0[1, "df"], 1e-5, "lmerTest Satterthwaite (numDeriv Hessian)")
put("mixed0.p", s0[1, "Pr(>|t|)"], 1e-4)
dat$kvinne <- as.numeric(dat$kjonn == 2)
dat$utd <- factor(dat$utd, levels = c("grunnskole", "vgs", "hoyere"))
cc <- dat[complete.cases(dat[, c("y", "kvinne", "alder", "x", "utd", "stor")]), ]
m1 <- lmerTest::lmer(y ~ kvinne + alder + x + utd + stor + (1 | kommune), data = cc, REML = TRUE, control = ctrl)
s1 <- summary(m1)$coefficients
names_c <- c("(Intercept)", "kvinne", "alder", "x", "utdvgs", "utdhoyere", "stor")
keys_c <- c("const", "kvinne", "alder", "x", "utd.vgs", "utd.hoyere", "stor")
for (i in seq_along(names_c)) {
  put(paste0("mixed1.df.", keys_c[i]), s1[names_c[i], "df"], 1e-5, "lmerTest Satterthwaite")
  put(paste0("mixed1.t.", keys_c[i]), s1[names_c[i], "t value"], 1e-6)
  put(paste0("mixed1.p.", keys_c[i]), s1[names_c[i], "Pr(>|t|)"], 1e-4)
}

## ---- 5. cluster-robust: clubSandwich CR1 (G/(G-1)), CR1S (Stata), CR1 with normal p; CR2 HTZ Wald tests
fit <- lm(y ~ kvinne + alder + x + utd + stor, data = cc)
G <- length(unique(cc$kommune))
for (type in c("CR1", "CR1S", "CR1p")) {
  V <- vcovCR(fit, cluster = cc$kommune, type = type)
  for (i in seq_along(names_c)) put(paste0(tolower(type), ".se.", keys_c[i]), sqrt(V[i, i]), closed)
}
z1 <- coef_test(fit, vcov = "CR1", cluster = cc$kommune, test = "z")
for (i in seq_along(names_c)) put(paste0("cr1.z.p.", keys_c[i]), z1$p_z[i], 1e-7, "coef_test(test = 'z')")
t1 <- coef_test(fit, vcov = "CR1", cluster = cc$kommune, test = "naive-t")
for (i in seq_along(names_c)) put(paste0("cr1.t.p.", keys_c[i]), t1$p_t[i], 1e-7, "coef_test(test = 'naive-t'), G - 1 df")
V2 <- vcovCR(fit, cluster = cc$kommune, type = "CR2")
htz <- function(key, cons) {
  w <- Wald_test(fit, constraints = cons, vcov = V2, test = "HTZ")
  put(paste0(key, ".F"), w$Fstat, 1e-8); put(paste0(key, ".df1"), w$df_num, 0)
  put(paste0(key, ".df2"), w$df_denom, 1e-8); put(paste0(key, ".p"), w$p_val, 1e-7)
}
htz("htz.utd", constrain_zero(c("utdvgs", "utdhoyere"), coefs = coef(fit)))
htz("htz.slopes", constrain_zero(2:7, coefs = coef(fit)))
htz("htz.stor", constrain_zero("stor", coefs = coef(fit)))

res <- do.call(rbind, out)
write.csv(res, "estimators-values.csv", row.names = FALSE, quote = c(1, 4))
writeLines(versions, "estimators-versions.txt")
cat("wrote", nrow(res), "values;", versions, "\n")
