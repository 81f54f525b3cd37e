# Reference values for Analysenotater.Statistics.Proportions (binomial intervals), base R only
# (binom and PropCIs are not installed here). Wilson = prop.test(correct = FALSE); Clopper–Pearson = binom.test;
# Agresti–Coull, Jeffreys and Wald by their formulas (Brown, Cai & DasGupta 2001), as binom::binom.confint would:
#   Agresti–Coull: n~ = n + z^2, p~ = (x + z^2/2)/n~, p~ -/+ z sqrt(p~(1-p~)/n~), truncated to [0, 1]
#   Jeffreys: qbeta(a/2, x + .5, n - x + .5), qbeta(1 - a/2, ...); lower 0 when x = 0, upper 1 when x = n
#   Wald: p -/+ z sqrt(p(1-p)/n), truncated to [0, 1]
# Regenerate: Rscript proportions_reference.R
cases <- data.frame(x = c(212, 225, 36, 0, 5, 20, 491, 3, 1), n = c(473, 473, 473, 20, 20, 20, 491, 7, 12),
                    level = c(.95, .95, .95, .95, .95, .90, .95, .99, .95))
out <- data.frame(x = integer(), n = integer(), level = numeric(), method = character(), lower = character(), upper = character())
for (i in seq_len(nrow(cases))) {
  x <- cases$x[i]; n <- cases$n[i]; lv <- cases$level[i]; a <- 1 - lv; z <- qnorm(1 - a / 2); p <- x / n
  wil <- prop.test(x, n, conf.level = lv, correct = FALSE)$conf.int
  cp <- binom.test(x, n, conf.level = lv)$conf.int
  nt <- n + z^2; pt <- (x + z^2 / 2) / nt; ac <- c(max(0, pt - z * sqrt(pt * (1 - pt) / nt)), min(1, pt + z * sqrt(pt * (1 - pt) / nt)))
  jf <- c(if (x == 0) 0 else qbeta(a / 2, x + .5, n - x + .5), if (x == n) 1 else qbeta(1 - a / 2, x + .5, n - x + .5))
  wd <- c(max(0, p - z * sqrt(p * (1 - p) / n)), min(1, p + z * sqrt(p * (1 - p) / n)))
  res <- list(Wilson = wil, ClopperPearson = cp, AgrestiCoull = ac, Jeffreys = jf, Wald = wd)
  for (m in names(res)) out[nrow(out) + 1, ] <- list(x, n, lv, m, sprintf("%.17g", res[[m]][1]), sprintf("%.17g", res[[m]][2]))
}
write.csv(out, "proportions_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "intervals\n")
