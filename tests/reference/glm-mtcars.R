# Unpenalised logistic regression reference: glm(am ~ hp + wt, family = binomial) on R's mtcars.
source("json.R")
fit <- glm(am ~ hp + wt, family = binomial, data = mtcars)
s <- summary(fit)$coefficients
write_json(list(
  X = lapply(seq_len(nrow(mtcars)), function(i) arr(c(mtcars$hp[i], mtcars$wt[i]))),
  y = arr(mtcars$am),
  coefficients = arr(unname(coef(fit))),   # intercept, hp, wt
  standardErrors = arr(unname(s[, 2])),
  deviance = deviance(fit), aic = AIC(fit), iterations = fit$iter,
  fitted = arr(unname(fitted(fit)))), "glm-mtcars.json")
