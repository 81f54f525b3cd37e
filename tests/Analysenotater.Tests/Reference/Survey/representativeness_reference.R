# Reference values for Analysenotater.Statistics.Representativeness (base R 4.2):
#  - chisq.test goodness of fit (statistic, asymptotic p, Monte Carlo p with B replicates),
#  - an exact multinomial goodness-of-fit p by full enumeration (P(X2 >= observed X2) under the null),
#  - single-share z-tests vs a fixed reference share: prop.test(x, n, p0, correct = FALSE) (X-squared = z^2),
#  - standardised differences (p1 - p2)/sqrt((p1(1-p1) + p2(1-p2))/2).
# Counts: Vedlegg 3 Tabell 1 of the KoRus 2017 report (respondents 53/67/371 by size group), 7/4/9 municipalities,
# BrukerPlan 2016 shares 49/39/12 (small/medium/large). Regenerate: Rscript representativeness_reference.R
out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
p0 <- c(.49, .39, .12)
resp <- c(53, 67, 371); kom <- c(7, 4, 9); small <- c(12, 9, 4)
for (case in list(list("resp", resp), list("kom", kom), list("small", small))) {
  nm <- case[[1]]; x <- case[[2]]
  ct <- suppressWarnings(chisq.test(x, p = p0))
  put(paste0(nm, "_x2"), ct$statistic); put(paste0(nm, "_df"), ct$parameter); put(paste0(nm, "_p_asymptotic"), ct$p.value)
  set.seed(1)
  mc <- chisq.test(x, p = p0, simulate.p.value = TRUE, B = 100000)
  # Monte Carlo: a different generator in .NET, so compare within 4 binomial SEs of the two estimates + 2/B
  put(paste0(nm, "_p_montecarlo"), mc$p.value, -1)
  # exact: enumerate every outcome of the multinomial(n, p0)
  n <- sum(x); x2 <- function(o) sum((o - n * p0)^2 / (n * p0))
  obs <- x2(x); pe <- 0
  for (a in 0:n) for (b in 0:(n - a)) { o <- c(a, b, n - a - b); if (x2(o) >= obs * (1 - 64 * .Machine$double.eps)) pe <- pe + dmultinom(o, prob = p0) }
  put(paste0(nm, "_p_exact"), pe)
}
# Tabell 1 rows with a sample n: z-test vs the BrukerPlan share as fixed
rows <- data.frame(name = c("menn", "under23", "over60", "bostedslose", "ufore", "nav", "barn", "grunnskole", "vgs", "hogskole"),
  p = c(70, 7, 9, 13, 48, 21, 9, 45, 48, 7) / 100, ref = c(70, 9, 10, 16, 41, 18, 6, 32, 60, 7) / 100,
  n = c(491, 491, 491, 491, 491, 491, 491, 473, 473, 473))
for (i in seq_len(nrow(rows))) {
  r <- rows[i, ]
  z <- (r$p - r$ref) / sqrt(r$ref * (1 - r$ref) / r$n)
  pt <- suppressWarnings(prop.test(r$p * r$n, r$n, p = r$ref, correct = FALSE))
  put(paste0("z_", r$name), z)
  put(paste0("z2_", r$name), pt$statistic)
  put(paste0("p_", r$name), pt$p.value)
  put(paste0("std_", r$name), (r$p - r$ref) / sqrt((r$p * (1 - r$p) + r$ref * (1 - r$ref)) / 2))
}
out$value <- sprintf("%.17g", out$value)
write.csv(out, "representativeness_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "values\n")
