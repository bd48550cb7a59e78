# Simple linear regression reference: R's lm().
source("json.R")
x <- 1:5; y <- c(100, 120, 130, 140, 150)
fit <- lm(y ~ x)
write_json(list(x = arr(x), y = arr(y), intercept = unname(coef(fit)[1]), slope = unname(coef(fit)[2]),
  r2 = summary(fit)$r.squared, predict6 = unname(predict(fit, data.frame(x = 6)))), "lm.json")
