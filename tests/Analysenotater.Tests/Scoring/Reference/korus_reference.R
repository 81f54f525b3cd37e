# Independent reference for the KoRus scoring rules and the Vedlegg 3 recode, computed in base R.
# Run from this folder: Rscript korus_reference.R
# Writes korus_sample.csv (seeded synthetic answers, semicolon-separated, as a survey tool would export them)
# and korus_reference.csv (expected values with a tolerance per value). The C# test reads both.
set.seed(2017)
n <- 90
draw <- function(codes, p_blank) { x <- sample(codes, n, replace = TRUE); x[runif(n) < p_blank] <- NA; x }
d <- data.frame(kommunestorrelse = rep(1:3, length.out = n))
for (q in c("q9", "q10", "q11", "q13")) d[[q]] <- draw(1:5, 0.12)
for (i in 1:6) d[[paste0("q14_", i)]] <- draw(1:6, 0.10)     # 6 = Ikke aktuelt
for (i in 1:5) d[[paste0("q15_", i)]] <- draw(1:6, 0.10)
for (i in 1:10) d[[paste0("q31_", i)]] <- draw(1:4, 0.15)
write.table(d, "korus_sample.csv", sep = ";", na = "", row.names = FALSE, quote = FALSE)

valid <- function(m, maxcode) { m[!is.na(m) & m > maxcode] <- NA; m }   # «ikke aktuelt» (6) is missing
score <- function(items, maxcode, reading) {
  m <- valid(as.matrix(d[, items]), maxcode)
  k <- length(items); answered <- rowSums(!is.na(m)); s <- rowSums(m, na.rm = TRUE)
  denom <- if (reading == "prorated") answered * maxcode else k * maxcode
  out <- 100 * s / denom
  out[answered * 2 <= k] <- NA                                       # more than half answered
  out
}
ind <- list(ind_samlet = list(c("q9", "q10", "q11", "q13"), 5),
            ind_praktisk = list(paste0("q14_", 1:6), 5),
            ind_tilfredsstillende = list(paste0("q15_", 1:5), 5),
            ind_mental_hscl10 = list(paste0("q31_", 1:10), 4))
rows <- list()
for (name in names(ind)) for (reading in c("prorated", "full")) {
  x <- score(ind[[name]][[1]], ind[[name]][[2]], reading)
  rule <- paste0("korus-sum-max-", reading)
  rows[[length(rows) + 1]] <- data.frame(measure = c("n", "mean", "min", "max", "sd"), indicator = name, rule = rule,
    group = "Totalt", category = "", value = c(sum(!is.na(x)), mean(x, na.rm = TRUE), min(x, na.rm = TRUE), max(x, na.rm = TRUE), sd(x, na.rm = TRUE)),
    tolerance = c(0, 1e-9, 1e-9, 1e-9, 1e-9))
}
# Vedlegg 3: q14_1 by size group, valid codes 1–5 recoded 1–2 / 3 / 4–5, % of valid answers.
labels <- c("L", "M", "S")
cats <- list("Ikke i det hele tatt/i liten grad" = 1:2, "I noen grad" = 3, "I stor/svært stor grad" = 4:5)
for (g in 1:3) {
  x <- valid(d$q14_1[d$kommunestorrelse == g], 5); x <- x[!is.na(x)]
  rows[[length(rows) + 1]] <- data.frame(measure = "validN", indicator = "q14_1", rule = "KoRusThreeWay", group = labels[g], category = "", value = length(x), tolerance = 0)
  for (cn in names(cats)) rows[[length(rows) + 1]] <- data.frame(measure = "percent", indicator = "q14_1", rule = "KoRusThreeWay",
    group = labels[g], category = cn, value = 100 * mean(x %in% cats[[cn]]), tolerance = 1e-9)
}
out <- do.call(rbind, rows)
write.csv(out, "korus_reference.csv", row.names = FALSE, fileEncoding = "UTF-8")
