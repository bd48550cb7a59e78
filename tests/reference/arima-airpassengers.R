# ARIMA reference: R's arima(method = "CSS") and predict() (KalmanForecast on the CSS fit).
source("json.R")
one <- function(fit, h = 24) {
  p <- predict(fit, n.ahead = h)
  list(coef = as.list(coef(fit)), sigma2 = fit$sigma2, mean = arr(as.numeric(p$pred)), se = arr(as.numeric(p$se)))
}
lap <- log(AirPassengers)
write_json(list(
  airPassengers = arr(as.numeric(AirPassengers)),
  lakeHuron = arr(as.numeric(LakeHuron)),
  arima111 = one(arima(AirPassengers, order = c(1, 1, 1), method = "CSS")),
  airline = one(arima(lap, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12), method = "CSS")),
  ar2 = one(arima(LakeHuron, order = c(2, 0, 0), method = "CSS")),
  sarima = one(arima(lap, order = c(1, 1, 0), seasonal = list(order = c(1, 1, 0), period = 12), method = "CSS"))
), "arima-airpassengers.json")
