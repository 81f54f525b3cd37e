#!/usr/bin/env Rscript
# Analysenotater scale benchmark, R side: the same tasks T1–T7 as the C# bench (see bench/README.md).
# Usage: Rscript tasks.R workload.csv results.json [skip-cr2|cr2-only]
# Packages (Debian): r-base-core r-cran-data.table r-cran-psych r-cran-survey r-cran-clubsandwich r-cran-jsonlite (jsonlite optional)
suppressPackageStartupMessages({ library(data.table); library(psych); library(survey); library(clubSandwich) })
args <- commandArgs(trailingOnly = TRUE)
csv <- args[1]; out <- args[2]; mode <- if (length(args) >= 3) args[3] else "all"
times <- list(); vals <- list()
tick <- function(name, expr) { t0 <- proc.time()[["elapsed"]]; r <- force(expr); times[[name]] <<- proc.time()[["elapsed"]] - t0; r }

d <- tick("T1_read", fread(csv))
items <- paste0("i", 1:40)
# Codes 1–5 valid; 6 = not applicable → NA; empty → NA.
for (it in items) set(d, which(d[[it]] == 6L), it, NA_integer_)

if (mode != "cr2-only") {
  invisible(tick("T2_frequencies", { ft <- lapply(items, function(it) table(d[[it]], d$size)); NULL }))
  vals$T2_i1_stratum1_code5 <- as.numeric(table(d$i1, d$size)["5", "1"])
}

score <- function(cols) {
  m <- as.matrix(d[, ..cols]); k <- ncol(m)
  answered <- rowSums(!is.na(m)); s <- rowSums(m, na.rm = TRUE)
  ifelse(answered > k / 2, s / (answered * 5) * 100, NA_real_)
}
sets <- list(ind1 = paste0("i", 1:4), ind2 = paste0("i", 5:10), ind3 = paste0("i", 11:15), ind4 = paste0("i", 16:25))
invisible(tick("T3_scores", { for (nm in names(sets)) set(d, j = nm, value = score(sets[[nm]])); NULL }))
vals$T3_ind1_mean <- mean(d$ind1, na.rm = TRUE)

if (mode != "cr2-only") {
  a <- tick("T4_alpha", lapply(sets, function(cols) psych::alpha(as.data.frame(d[, ..cols]), use = "complete.obs", warnings = FALSE, check.keys = FALSE)))
  vals$T4_alpha_values <- unname(sapply(a, function(x) x$total$raw_alpha))
}

m <- tick("T5_ols", { fit <- lm(ind1 ~ kjonn + alder + ind4, data = d); s <- summary(fit); list(fit = fit, s = s) })
vals$T5_B <- unname(coef(m$fit)); vals$T5_SE <- unname(m$s$coefficients[, 2]); vals$T5_adjR2 <- m$s$adj.r.squared

if (mode != "cr2-only") {
  r6 <- tick("T6_design", {
    dd <- d[!is.na(ind1)]
    des <- svydesign(ids = ~kommune, strata = ~size, data = dd, nest = TRUE)
    svyby(~ind1, ~size, des, svymean)
  })
  vals$T6_mean <- unname(coef(r6)); vals$T6_SE <- unname(SE(r6))
}

if (mode != "skip-cr2") {
  r7 <- tick("T7_cr2", {
    cc <- model.frame(m$fit)
    cl <- d$kommune[as.integer(rownames(cc))]
    coef_test(m$fit, vcov = "CR2", cluster = cl, test = "Satterthwaite")
  })
  vals$T7_SE <- unname(r7$SE); vals$T7_df <- unname(r7$df_Satt)
}

fmt <- function(x) paste0("[", paste(formatC(x, digits = 17, format = "g"), collapse = ","), "]")
lines <- c(paste0('"', names(times), '": ', sapply(times, function(x) formatC(x, digits = 6, format = "f"))),
           paste0('"', names(vals), '": ', sapply(vals, fmt)))
writeLines(c("{", paste(lines, collapse = ",\n"), "}"), out)
