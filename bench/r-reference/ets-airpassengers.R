#!/usr/bin/env Rscript
# The anchor for ExportPulse's ETS: R's automatic ets() on AirPassengers (model, AICc, parameters,
# initial states), then the AICc and log-likelihood of each of the 15 models it compares.
#   Rscript bench/r-reference/ets-airpassengers.R > bench/r-reference/ets-airpassengers.txt
suppressPackageStartupMessages(library(forecast))
f <- ets(AirPassengers)
cat("forecast", as.character(packageVersion("forecast")), "\n")
cat("model", f$method, "\n")
cat("aicc", format(f$aicc, digits = 10), "\n")
cat("loglik", format(f$loglik, digits = 10), "\n")
for (p in names(f$par)) cat(p, format(f$par[[p]], digits = 10), "\n")
cat("sigma2", format(f$sigma2, digits = 10), "\n")
fc <- forecast(f, h = 12, PI = FALSE)
cat("mean", format(as.numeric(fc$mean), digits = 10), "\n")
for (m in c("ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA", "MNN", "MAN", "MAdN", "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM")) {
  g <- ets(AirPassengers, model = gsub("d", "", m), damped = grepl("d", m))
  cat("fit", m, format(g$aicc, digits = 10), format(g$loglik, digits = 10), "\n")
}
# Forecasts with 80% and 95% intervals of one model of each of R's three analytic classes
# (class 3 undamped: R's damped class-3 mean leaves phi out of the first step).
for (m in c("AAdA", "MAdA", "MAM")) {
  g <- ets(AirPassengers, model = gsub("d", "", m), damped = grepl("d", m))
  fc <- forecast(g, h = 24, level = c(80, 95))
  cat("fc", m, "mean", format(as.numeric(fc$mean), digits = 10), "\n")
  cat("fc", m, "lower80", format(as.numeric(fc$lower[, 1]), digits = 10), "\n")
  cat("fc", m, "upper80", format(as.numeric(fc$upper[, 1]), digits = 10), "\n")
  cat("fc", m, "lower95", format(as.numeric(fc$lower[, 2]), digits = 10), "\n")
  cat("fc", m, "upper95", format(as.numeric(fc$upper[, 2]), digits = 10), "\n")
}
