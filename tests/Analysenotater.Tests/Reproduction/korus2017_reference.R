# Independent reference for ReproductionReferenceTests: alphas, indicator n/means and standardized betas computed by R
# from data-samples/korus-2017/korus-2017-synthetic.csv. Run from the repository root:
#   Rscript tests/Analysenotater.Tests/Reproduction/korus2017_reference.R > tests/Analysenotater.Tests/Reproduction/korus2017_reference.csv
# Scoring as in the reproduction: complete cases (every item 1..max), sum / (k * max) * 100.
suppressMessages(library(psych))
d <- read.csv("data-samples/korus-2017/korus-2017-synthetic.csv", stringsAsFactors = FALSE)
ind <- list(ind_samlet = c("q9", "q10", "q11", "q13"), ind_praktisk = paste0("q14_", 1:6),
            ind_tilfredsstillende = paste0("q15_", 1:5), ind_mental_hscl10 = paste0("q31_", 1:10))
mx <- c(ind_samlet = 5, ind_praktisk = 5, ind_tilfredsstillende = 5, ind_mental_hscl10 = 4)
out <- data.frame(quantity = character(), value = numeric(), tolerance = numeric())
add <- function(q, v, tol) out[nrow(out) + 1, ] <<- list(q, v, tol)
for (k in names(ind)) {
  x <- d[, ind[[k]]]
  ok <- apply(x, 1, function(r) all(!is.na(r) & r >= 1 & r <= mx[[k]]))
  xs <- x[ok, ]
  d[[k]] <- ifelse(ok, rowSums(x) / (length(ind[[k]]) * mx[[k]]) * 100, NA)
  add(paste0(k, " n"), sum(ok), 0)
  add(paste0(k, " mean"), mean(d[[k]], na.rm = TRUE), 1e-9)
  add(paste0(k, " alpha"), psych::alpha(xs, warnings = FALSE)$total$raw_alpha, 1e-9)
}
beta <- function(dep, preds) {
  m <- na.omit(d[, c(dep, preds)])
  z <- as.data.frame(scale(m))
  f <- lm(as.formula(paste(dep, "~", paste(preds, collapse = "+"))), data = z)
  list(coef = coef(f), adj = summary(lm(as.formula(paste(dep, "~", paste(preds, collapse = "+"))), data = m))$adj.r.squared)
}
m1 <- beta("ind_samlet", c("kjonn", "alder", "ind_mental_hscl10"))
m2 <- beta("ind_praktisk", c("kjonn", "alder", "ind_mental_hscl10"))
m3 <- beta("ind_tilfredsstillende", c("kjonn", "alder", "ind_mental_hscl10"))
m4 <- beta("ind_samlet", c("kjonn", "alder", "ind_mental_hscl10", "kommunestorrelse"))
m6 <- beta("ind_tilfredsstillende", c("kjonn", "alder", "ind_mental_hscl10", "kommunestorrelse"))
add("M1 beta ind_mental_hscl10", m1$coef[["ind_mental_hscl10"]], 1e-9)
add("M1 adj_r2", 100 * m1$adj, 1e-9)
add("M2 beta alder", m2$coef[["alder"]], 1e-9)
add("M2 adj_r2", 100 * m2$adj, 1e-9)
add("M3 beta ind_mental_hscl10", m3$coef[["ind_mental_hscl10"]], 1e-9)
add("M4 beta kommunestorrelse", m4$coef[["kommunestorrelse"]], 1e-9)
add("M6 beta kommunestorrelse", m6$coef[["kommunestorrelse"]], 1e-9)
write.csv(out, row.names = FALSE, quote = TRUE)
