# CR2 / Satterthwaite reference with very unbalanced clusters: 60 clusters of 1 to 40 respondents (several
# singletons and clusters smaller than p), a cluster-level predictor and a within-cluster one.
# Run from this folder: Rscript cr2-unbalanced.R  (R 4.2.2, clubSandwich 0.5.8, sandwich 3.0.2)
suppressPackageStartupMessages({ library(clubSandwich); library(sandwich) })
set.seed(4711)
sizes <- c(1, 1, 1, 2, 2, 3, sample(1:40, 54, replace = TRUE))
g <- rep(seq_along(sizes), sizes)
n <- length(g)
z <- rnorm(length(sizes))[g]                    # cluster-level predictor
x1 <- rnorm(n)
x2 <- rbinom(n, 1, 0.4)
y <- 2 + 0.5 * x1 - 0.3 * x2 + 0.4 * z + rnorm(length(sizes), 0, 0.7)[g] + rnorm(n) * (1 + 0.5 * abs(x1))
d <- data.frame(g, z = round(z, 6), x1 = round(x1, 6), x2, y = round(y, 6))
write.csv(d, "cr2-unbalanced-data.csv", row.names = FALSE)
d <- read.csv("cr2-unbalanced-data.csv")
fit <- lm(y ~ x1 + x2 + z, data = d)
ct <- coef_test(fit, vcov = "CR2", cluster = d$g, test = "Satterthwaite")
keys <- c("const", "x1", "x2", "z")
out <- data.frame(key = c(paste0("cr2.se.", keys), paste0("cr2.df.", keys), paste0("cr1.se.", keys), "n", "clusters"),
                  value = sprintf("%.17g", c(ct$SE, ct$df_Satt, sqrt(diag(vcovCL(fit, cluster = ~g, type = "HC1"))), n, length(sizes))),
                  rel_tol = c(rep(1e-8, 12), 0, 0), note = "")
write.csv(out, "cr2-unbalanced-values.csv", row.names = FALSE)
cat("wrote", nrow(out), "values; n =", n, "\n")
