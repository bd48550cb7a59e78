# Forecast model choice by holdout error (src-main/insights/compute/forecast-selection.ts): each
# model is fitted without the last 6 months, forecasts them, and is scored by RMSE; the smallest
# wins. R fits the same models the app offers: additive HoltWinters (period 12, L-BFGS-B run to
# convergence), arima(method = "CSS") — the airline (0,1,1)(0,1,1)[12] from 36 months, (0,1,1)
# before — and lm(y ~ month index). A model needs 25 (Holt-Winters), 6 (ARIMA) or 3 (linear)
# months of training data, as in the app.
source("json.R")
holdout <- 6
tight <- list(factr = 1, ndeps = rep(1e-6, 3))
rmse <- function(actual, predicted) sqrt(mean((actual - predicted)^2))
score <- function(y) {
  n <- length(y)
  train <- y[1:(n - holdout)]
  test <- y[(n - holdout + 1):n]
  m <- length(train)
  hw <- if (m >= 25) {
    fit <- HoltWinters(ts(train, frequency = 12), seasonal = "additive", optim.control = tight)
    rmse(test, as.numeric(predict(fit, n.ahead = holdout)))
  } else NULL
  ar <- if (m >= 6) {
    fit <- if (m >= 36) {
      arima(ts(train, frequency = 12), order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = "CSS")
    } else arima(train, order = c(0, 1, 1), method = "CSS")
    rmse(test, as.numeric(predict(fit, n.ahead = holdout)$pred))
  } else NULL
  x <- 0:(m - 1)
  lin <- rmse(test, as.numeric(predict(lm(train ~ x), newdata = data.frame(x = m:(m + holdout - 1)))))
  scores <- c(holtWinters = if (is.null(hw)) Inf else hw, arima = if (is.null(ar)) Inf else ar, linear = lin)
  list(series = arr(y), holtWinters = hw, arima = ar, linear = lin, chosen = names(which.min(scores)))
}
t <- 1:30
trend <- 100000 + 2500 * t + 3000 * ((t * 7919) %% 13 - 6)
t48 <- 1:48
season <- c(3, 1, 0, 0, 1, 2, 2, 1, 0, 1, 4, 6)
shop <- 100000 + 800 * t48 + season[(t48 - 1) %% 12 + 1] * 20000 + 500 * ((t48 * 7919) %% 13)
write_json(list(
  holdout = holdout,
  airPassengers = score(as.numeric(AirPassengers)),
  trend30 = score(trend),
  shop48 = score(shop)
), "forecast-holdout.json")
