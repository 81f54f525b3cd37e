# Reference values for Analysenotater.Statistics.Comparison (base R 4.2 and survey 4.1-1).
#  - fixed reference: t.test(x, mu = ref); Welch: t.test(x, z)
#  - two proportions: Newcombe (1998) method 10 from the two Wilson intervals (prop.test(correct = FALSE)$conf.int);
#    p from prop.test(c(x1, x2), c(n1, n2), correct = FALSE)
#  - proportion vs fixed share: prop.test(x, n, p = p0, correct = FALSE): Wilson interval minus p0, score p
#  - within a design: svycontrast on svytotal (delta method) for mean(unit) - mean(rest) and mean(unit) - mean(all),
#    on design_data.csv (made by design_reference.R), unit = kommune 301
# Regenerate: Rscript comparison_reference.R (after design_reference.R)
suppressPackageStartupMessages(library(survey))
out <- data.frame(name = character(), value = numeric(), tolerance = numeric())
put <- function(name, value, tol = 1e-8) out[nrow(out) + 1, ] <<- list(name, as.numeric(value), tol)
set.seed(42)
x <- round(rnorm(37, 64, 14), 2); z <- round(rnorm(52, 58, 11), 2)
write.csv(data.frame(group = c(rep("x", 37), rep("z", 52)), value = c(x, z)), "comparison_data.csv", row.names = FALSE)
tt <- t.test(x, mu = 60)
put("fixed_diff", mean(x) - 60); put("fixed_lo", tt$conf.int[1] - 60); put("fixed_hi", tt$conf.int[2] - 60); put("fixed_t", tt$statistic); put("fixed_p", tt$p.value)
tw <- t.test(x, z)
put("welch_diff", mean(x) - mean(z)); put("welch_lo", tw$conf.int[1]); put("welch_hi", tw$conf.int[2]); put("welch_df", tw$parameter); put("welch_p", tw$p.value)
newcombe <- function(x1, n1, x2, n2) {
  a <- prop.test(x1, n1, correct = FALSE)$conf.int; b <- prop.test(x2, n2, correct = FALSE)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  c(d - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), d + sqrt((a[2] - p1)^2 + (p2 - b[1])^2))
}
for (cs in list(c(56, 70, 48, 80), c(212, 473, 150, 400), c(3, 12, 10, 15))) {
  nm <- paste(cs, collapse = "_"); ci <- suppressWarnings(newcombe(cs[1], cs[2], cs[3], cs[4]))
  put(paste0("newcombe_", nm, "_lo"), ci[1]); put(paste0("newcombe_", nm, "_hi"), ci[2])
  put(paste0("newcombe_", nm, "_p"), suppressWarnings(prop.test(cs[c(1, 3)], cs[c(2, 4)], correct = FALSE)$p.value))
}
pf <- prop.test(212, 473, p = 0.32, correct = FALSE)
put("propfixed_lo", pf$conf.int[1] - 0.32); put("propfixed_hi", pf$conf.int[2] - 0.32); put("propfixed_p", pf$p.value)
d <- read.csv("design_data.csv")
d <- d[!is.na(d$y), ]
d$A <- d$kommune == 301
d$yA <- ifelse(d$A, d$y, 0); d$iA <- as.numeric(d$A); d$yB <- ifelse(d$A, 0, d$y); d$iB <- as.numeric(!d$A); d$one <- 1
des <- svydesign(ids = ~kommune, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
tot <- svytotal(~yA + iA + yB + iB + y + one, des)
cr <- svycontrast(tot, quote(yA / iA - yB / iB)); cw <- svycontrast(tot, quote(yA / iA - y / one))
put("within_rest_diff", coef(cr)); put("within_rest_se", SE(cr))
put("within_whole_diff", coef(cw)); put("within_whole_se", SE(cw))
put("within_df", degf(des))
out$value <- sprintf("%.17g", out$value)
write.csv(out, "comparison_reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "values\n")
