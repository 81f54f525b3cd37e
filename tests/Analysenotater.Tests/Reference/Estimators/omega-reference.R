# Reference values for psych's default bifactor omega (psych::omega: minres factoring, oblimin rotation (GPArotation),
# Schmid-Leiman transformation, omega_h / omega.tot / omega per group factor). Writes omega-values.csv (key, value,
# rel_tol, note) and omega-bfi25.csv (psych's public bfi data, first 25 items, NA = empty). Run from this folder:
#   Rscript omega-reference.R        (about a minute; the tight reference runs psych's principal axes 10,000 steps: its
#                                   change in the communalities falls below rounding long before, so 1e-14 is never met)
# Debian: r-base-core r-cran-psych r-cran-gparotation
#
# Two references per data set and number of group factors:
#  * "psych.*": psych::omega(x, nfactors) exactly as a user calls it. psych's minres stops at optim's default
#    tolerance and GPArotation's oblimin at a gradient norm of 1e-5, so these carry 1e-4 (1e-3 for the smaller
#    per-group figures, whose relative error is larger).
#  * "tight.*": the same psych::omega code with its m-factor fit converged (fm = "pa", 10,000 steps, the ULS/minres
#    fixed point; the general factor's one-factor fit is psych's bounded minres objective minimised to the end) and oblimin run to a gradient norm of 1e-8 (its floor is about 1.4e-9, where f no longer
#    changes in double precision; psych's fa and GPArotation's oblimin are swapped in
#    their namespaces for tight versions; nothing else changes). These carry 1e-6 (1e-5 for |g|, p2 and the per-group
#    general and group omegas, which move most with the rotation's last digits). A Heywood general factor (korus25,
#    3 factors) gets 5e-2 against psych as called: psych's optim stops early there.
# Only rotation-invariant quantities are written: oblimin has local optima and its factors come out in any order and
# sign. Per item: |g loading|, communality h2, uniqueness u2, p2 = g^2/h2. Per group factor (named by the first item
# assigned to it, psych's which.max of |loading|): omega total, general and group within the group's items.
suppressPackageStartupMessages({ library(psych); library(GPArotation) })
options(digits = 17)
out <- list()
put <- function(key, value, tol, note = "") {
  stopifnot(length(value) == 1, is.finite(value))
  out[[length(out) + 1]] <<- data.frame(key = key, value = sprintf("%.17g", value), rel_tol = tol, note = note)
}

## ---- data: psych's bfi (first 25 items, public; written to CSV so the tests need no R) and the bundled KoRus items
data(bfi, package = "psych")
write.csv(bfi[, 1:25], "omega-bfi25.csv", row.names = FALSE, na = "")
bfi25 <- read.csv("omega-bfi25.csv")
korus <- read.csv("../../../../data-samples/korus-2017/korus-2017-synthetic.csv")
s5 <- c("q9", "q10", "q11", "q13", paste0("q14_", 1:6), paste0("q15_", 1:5))   # S5 / S5NA: 1-5 valid, 6 = ikke aktuelt
hscl <- paste0("q31_", 1:10)                                                     # HSCL4: 1-4 valid
valid <- function(v, max) { v[!(v %in% 1:max)] <- NA; v }
k15 <- as.data.frame(lapply(korus[, s5], valid, max = 5))
k25 <- cbind(k15, as.data.frame(lapply(korus[, hscl], valid, max = 4)))
sets <- list(list(name = "korus15", x = k15, nf = c(3, 2)),
             list(name = "korus25", x = k25, nf = c(3, 4)),
             list(name = "bfi25", x = bfi25, nf = c(3, 5)))

record <- function(prefix, o, x, tol, tol_small, note) {
  put(paste0(prefix, ".omega_h"), o$omega_h, tol, note)
  put(paste0(prefix, ".omega_tot"), o$omega.tot, tol, note)
  put(paste0(prefix, ".omega_lim"), o$omega.lim, tol, note)
  put(paste0(prefix, ".alpha"), o$alpha, 1e-8, "alpha of the g-keyed correlation matrix (closed form once the keys are known)")
  put(paste0(prefix, ".G6"), o$G6, 1e-8, "closed form")
  put(paste0(prefix, ".ECV"), o$ECV, tol, note)
  sl <- o$schmid$sl
  nf <- ncol(sl) - 4
  for (j in seq_len(nrow(sl))) {
    it <- colnames(x)[j]
    put(paste0(prefix, ".g.", it), abs(sl[j, 1]), tol_small, note)
    put(paste0(prefix, ".h2.", it), sl[j, "h2"], tol, note)
    put(paste0(prefix, ".u2.", it), sl[j, "u2"], tol, note)
    put(paste0(prefix, ".p2.", it), sl[j, "p2"], tol_small, note)
    put(paste0(prefix, ".key.", it), o$key[j], 0, "psych's flip: -1 = item reversed because its g loading is negative")
  }
  sub <- apply(sl, 1, function(r) which.max(abs(r[2:(nf + 1)])))
  og <- o$omega.group
  put(paste0(prefix, ".groups_sum"), og[1, "group"], tol_small, "sum over group factors of (sum loadings)^2 / Vt")
  for (f in seq_len(nf)) {
    items <- which(sub == f)
    if (length(items) == 0) next
    first <- colnames(x)[min(items)]
    put(paste0(prefix, ".group.", first, ".n"), length(items), 0, "items assigned to the group factor")
    put(paste0(prefix, ".group.", first, ".total"), og[f + 1, "total"], tol, note)
    put(paste0(prefix, ".group.", first, ".general"), og[f + 1, "general"], tol_small, note)
    put(paste0(prefix, ".group.", first, ".group"), og[f + 1, "group"], tol_small, note)
  }
}

run <- function(tight_prefix) {
  for (s in sets) for (nf in s$nf) {
    o <- suppressWarnings(suppressMessages(psych::omega(s$x, nfactors = nf, plot = FALSE)))
    if (is.null(tight_prefix)) {
      if (any(abs(o$schmid$gloading) >= 1)) {
        # a Heywood general factor: psych's optim stops in a flat valley (omega_h 4e-3, small g loadings 2e-2 from the
        # bounded optimum, which the tight reference below finds)
        record(paste0("psych.", s$name, ".nf", nf), o, s$x, 5e-2, 5e-2, "psych::omega default; Heywood general factor (a g loading on the factors >= 1): psych's optim stops early")
      } else {
        record(paste0("psych.", s$name, ".nf", nf), o, s$x, 1e-4, 1e-3, "psych::omega default (optim and GPArotation default tolerances)")
      }
    } else {
      record(paste0(tight_prefix, ".", s$name, ".nf", nf), o, s$x, 1e-6, 1e-5, "psych::omega with converged factoring (pa, 10,000 steps) and oblimin eps 1e-8")
    }
  }
}
run(NULL)
## tight versions of psych's fa and GPArotation's oblimin, swapped into their namespaces
orig_fa <- psych::fa; orig_ob <- GPArotation::oblimin
# The m-factor fit becomes pa run 10,000 steps (the unbounded minres/ULS fixed point); the one-factor fit of the factor
# correlations (the general factor) stays psych's bounded minres (uniquenesses >= 0.005), because there the bound is
# active when the general factor is a Heywood case (korus25 with 3 factors) and pa would give loadings above 1.
# For the general factor, psych's bounded minres objective (psi in [0.005, 1], loadings = leading eigenvector of R with
# 1 - psi on the diagonal, off-diagonal squared residuals) is minimised by L-BFGS-B run to the end (factr = 1, pgtol = 0)
# from psych's start 1 - smc; psych's own run stops early in the flat valley of a Heywood case.
minres_obj <- function(psi, r) {
  S <- r; diag(S) <- 1 - psi; e <- eigen(S, symmetric = TRUE)
  l <- e$vectors[, 1] * sqrt(max(e$values[1], 100 * .Machine$double.eps)); res <- (r - outer(l, l))^2; diag(res) <- 0; sum(res)
}
tight_fa <- function(r, nfactors = 1, ..., fm = "minres") {
  if (nfactors > 1) return(orig_fa(r, nfactors, ..., fm = "pa", min.err = 1e-14, max.iter = 1e4))
  f <- orig_fa(r, 1, ..., fm = fm)
  psi <- optim(1 - smc(r), minres_obj, r = r, method = "L-BFGS-B", lower = 0.005, upper = 1,
               control = list(factr = 1, pgtol = 0, maxit = 10000))$par
  S <- r; diag(S) <- 1 - psi; e <- eigen(S, symmetric = TRUE)
  l <- e$vectors[, 1] * sqrt(e$values[1]); l <- l * sign(sum(l))
  f$loadings[, 1] <- l
  f
}
tight_ob <- function(L, ...) orig_ob(L, eps = 1e-8, maxit = 1e4)
unlockBinding("fa", asNamespace("psych")); assign("fa", tight_fa, envir = asNamespace("psych"))
unlockBinding("oblimin", asNamespace("GPArotation")); assign("oblimin", tight_ob, envir = asNamespace("GPArotation"))
run("tight")

res <- do.call(rbind, out)
write.csv(res, "omega-values.csv", row.names = FALSE, quote = c(1, 4))
cat("wrote", nrow(res), "values; R", as.character(getRversion()), "psych", as.character(packageVersion("psych")),
    "GPArotation", as.character(packageVersion("GPArotation")), "\n")
