#!/usr/bin/env Rscript
# R's forecast package on the Tourism monthly set, scored as pulse backtest scores (sMAPE as in M4,
# MASE scaled by the in-sample seasonal naive, m = 12, coverage of the 80% and 95% intervals), for
# the comparison in BENCHMARKS.md. Needs Debian's r-cran-forecast.
#   Rscript bench/r-forecast.R [bench/tourism] [methods: snaive,thetaf,ets,arima,comb]
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "bench/tourism"
methods <- if (length(args) >= 2) strsplit(args[2], ",")[[1]] else c("snaive", "thetaf", "ets", "arima", "comb")
read_rows <- function(file) {
  lines <- readLines(file)
  rows <- lapply(strsplit(lines, ","), function(r) as.numeric(r[-1]))
  names(rows) <- sapply(strsplit(lines, ","), function(r) r[1])
  rows
}
train <- read_rows(file.path(dir, "tourism_monthly_train.csv"))
test <- read_rows(file.path(dir, "tourism_monthly_test.csv"))
h <- 24
smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
mase <- function(x, y, f) mean(abs(y - f)) / mean(abs(diff(x, lag = 12)))
cover <- function(y, lo, hi) 100 * mean(y >= lo & y <= hi)
one <- function(x, method) {
  x <- ts(x, frequency = 12)
  switch(method,
    snaive = snaive(x, h = h, level = c(80, 95)),
    thetaf = thetaf(x, h = h, level = c(80, 95)),
    ets = forecast(ets(x), h = h, level = c(80, 95)),
    arima = forecast(auto.arima(x), h = h, level = c(80, 95)))
}
# Point forecasts kept by method, so that comb reuses ETS and ARIMA when they ran first (its time is
# then the sum of theirs), instead of fitting both again.
kept <- list()
seconds_of <- list()
for (method in methods) {
  start <- Sys.time()
  scores <- t(sapply(names(train), function(id) {
    y <- test[[id]][1:h]
    if (method == "comb") {
      a <- if (!is.null(kept[["ets"]])) kept[["ets"]][[id]] else as.numeric(one(train[[id]], "ets")$mean)
      b <- if (!is.null(kept[["arima"]])) kept[["arima"]][[id]] else as.numeric(one(train[[id]], "arima")$mean)
      f <- (a + b) / 2
      c(smape(y, f), mase(train[[id]], y, f), NA, NA)
    } else {
      fc <- one(train[[id]], method)
      f <- as.numeric(fc$mean)
      kept[[method]][[id]] <<- f
      c(smape(y, f), mase(train[[id]], y, f), cover(y, fc$lower[, 1], fc$upper[, 1]), cover(y, fc$lower[, 2], fc$upper[, 2]))
    }
  }))
  seconds <- as.numeric(difftime(Sys.time(), start, units = "secs"))
  seconds_of[[method]] <- seconds
  if (method == "comb" && !is.null(seconds_of[["ets"]]) && !is.null(seconds_of[["arima"]])) {
    seconds <- seconds_of[["ets"]] + seconds_of[["arima"]]
  }
  cat(sprintf("{\"method\":\"R %s\",\"series\":%d,\"horizon\":%d,\"smape\":%.2f,\"mase\":%.3f,\"coverage80\":%.1f,\"coverage95\":%.1f,\"seconds\":%.1f}\n",
      method, nrow(scores), h, mean(scores[, 1]), mean(scores[, 2]), mean(scores[, 3]), mean(scores[, 4]), seconds))
}
