#!/usr/bin/env Rscript
# The anchor for ExportPulse's ETS: R's automatic ets() on AirPassengers (model, AICc, parameters).
#   Rscript bench/r-reference/ets-airpassengers.R > bench/r-reference/ets-airpassengers.txt
suppressPackageStartupMessages(library(forecast))
f <- ets(AirPassengers)
cat("forecast", as.character(packageVersion("forecast")), "\n")
cat("model", f$method, "\n")
cat("aicc", format(f$aicc, digits = 10), "\n")
cat("loglik", format(f$loglik, digits = 10), "\n")
for (p in names(f$par)) cat(p, format(f$par[[p]], digits = 10), "\n")
