# Holt-Winters reference: R's HoltWinters() on AirPassengers, additive and multiplicative,
# fitted (L-BFGS-B from 0.3/0.1/0.1) and with fixed parameters (checks the recursion alone).
source("json.R")
x <- AirPassengers
tight <- list(factr = 1, ndeps = rep(1e-6, 3))
tight2 <- list(factr = 1, ndeps = rep(1e-6, 2))
one <- function(hw) list(alpha = unname(hw$alpha), beta = unname(hw$beta), gamma = unname(hw$gamma),
  sse = hw$SSE, fitted = arr(as.numeric(hw$fitted[, "xhat"])),
  forecast = arr(as.numeric(predict(hw, n.ahead = 24))))
write_json(list(
  series = arr(as.numeric(x)), period = 12,
  additive = one(HoltWinters(x, seasonal = "additive")),
  multiplicative = one(HoltWinters(x, seasonal = "multiplicative")),
  # The same fits with L-BFGS-B run to convergence (R's default stops at factr = 1e7).
  additiveTight = one(HoltWinters(x, seasonal = "additive", optim.control = tight)),
  multiplicativeTight = one(HoltWinters(x, seasonal = "multiplicative", optim.control = tight)),
  # gamma held at 0.5, alpha and beta fitted (to convergence).
  partialMultiplicative = one(HoltWinters(x, gamma = 0.5, seasonal = "multiplicative", optim.control = tight2)),
  fixedAdditive = one(HoltWinters(x, alpha = 0.5, beta = 0.2, gamma = 0.3, seasonal = "additive")),
  fixedMultiplicative = one(HoltWinters(x, alpha = 0.5, beta = 0.2, gamma = 0.3, seasonal = "multiplicative"))
), "holtwinters-airpassengers.json")
